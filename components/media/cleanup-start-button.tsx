"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { runMediaCleanup } from "@/lib/actions/run-media-cleanup";
import type { MediaCleanupParams } from "@/lib/schemas/media-cleanup";

type Props = {
  params: MediaCleanupParams;
  /** The button's words: "Delete local media". */
  label: string;
  /** Exactly what will happen, as the dry run said it. */
  description: string;
};

/** Asks, then starts the clean-up run with the dry run's parameters and opens the run's page. */
export function CleanupStartButton({ params, label, description }: Props) {
  const router = useRouter();
  const mutation = useActionMutation(() => runMediaCleanup(params), {
    success: () => "Clean-up started.",
    onSuccess: (data) => router.push(`/jobs/runs/${data.runId}`),
    // The run's page is opened instead.
    refresh: false,
  });
  return (
    <ConfirmDialog
      busy={mutation.isPending}
      trigger={
        <Button variant="destructive" size="sm">
          {mutation.isPending ? "Starting…" : label}
        </Button>
      }
      title={label}
      description={description}
      confirmLabel={label}
      onConfirm={() => mutation.mutate()}
    />
  );
}
