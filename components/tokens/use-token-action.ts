"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/action-result";

/** Runs a token action: failures become error toasts, success a toast and a page refresh. */
export function useTokenAction<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  options: {
    success: (data: T) => string | null;
    onSuccess?: (data: T) => void;
    /** False keeps the page as it is, e.g. while it shows a token that exists nowhere else. */
    refresh?: boolean;
  },
) {
  const router = useRouter();
  return useMutation({
    mutationFn: action,
    onSuccess: (result) => {
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      const message = options.success(result.data);
      if (message) toast.success(message);
      options.onSuccess?.(result.data);
      if (options.refresh !== false) router.refresh();
    },
    onError: () =>
      toast.error("The console could not be reached. Check your connection and try again."),
  });
}
