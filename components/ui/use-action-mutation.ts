"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/action-result";

/** What a control says when the request to the console itself failed (network, server gone). */
export const CONSOLE_UNREACHABLE =
  "The console could not be reached. Check your connection and try again.";

type Options<T> = {
  /** The toast shown on success; null shows none (the dialog says it instead). */
  success: (data: T) => string | null;
  onSuccess?: (data: T) => void;
  /** The action refused some fields: the form shows them under each. */
  onFieldErrors?: (fieldErrors: Record<string, string[]>) => void;
  /** False keeps the page as it is, e.g. while it shows a token that exists nowhere else. */
  refresh?: boolean;
  /**
   * Refresh after a refusal too, where a refusal means the page is out of date (another admin got
   * there first), so the page shows what Synapse holds now beside the error.
   */
  refreshAfterRefusal?: boolean;
};

/**
 * Runs a server action from a control: failures (Synapse's included) become error toasts, success
 * a toast and a refresh of the page's server-rendered data, so it shows the new state.
 */
export function useActionMutation<I, T>(
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
        if (options.refreshAfterRefusal) router.refresh();
        return;
      }
      const message = options.success(result.data);
      if (message) toast.success(message);
      options.onSuccess?.(result.data);
      if (options.refresh !== false) router.refresh();
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
}
