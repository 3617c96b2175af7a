"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/action-result";

const UNREACHABLE = "The console could not be reached. Check your connection and try again.";

/**
 * Runs a room server action: failures become an error toast, success a toast with `describe`'s
 * sentence and a refresh so the room page shows Synapse's new state.
 */
export function useRoomMutation<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  describe: (data: T) => string,
  onDone?: (data: T) => void,
) {
  const router = useRouter();
  return useMutation({
    mutationFn: action,
    onSuccess: (result) => {
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(describe(result.data));
      onDone?.(result.data);
      router.refresh();
    },
    onError: () => toast.error(UNREACHABLE),
  });
}
