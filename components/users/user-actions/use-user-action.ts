"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/action-result";

type Options<T> = {
  /** The toast shown on success; null shows none (the dialog says it instead). */
  success: (data: T) => string | null;
  onSuccess?: (data: T) => void;
  onFieldErrors?: (fieldErrors: Record<string, string[]>) => void;
};

/**
 * Runs a user action from a control on the user page: failures (Synapse's included) become error
 * toasts, success a toast and a refresh of the page's server-rendered data.
 */
export function useUserAction<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  options: Options<T>,
) {
  const router = useRouter();
  return useMutation({
    mutationFn: action,
    onSuccess: (result) => {
      if (!result.ok) {
        if (result.fieldErrors) options.onFieldErrors?.(result.fieldErrors);
        toast.error(result.error);
        return;
      }
      const message = options.success(result.data);
      if (message) toast.success(message);
      options.onSuccess?.(result.data);
      router.refresh();
    },
    onError: () =>
      toast.error("The console could not be reached. Check your connection and try again."),
  });
}
