"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteJob } from "@/lib/actions/delete-job";
import { useActionMutation } from "@/components/ui/use-action-mutation";

/** Deletes the definition after confirmation; past runs stay readable. */
export function DeleteJobButton({ jobId, name }: { jobId: string; name: string }) {
  const router = useRouter();
  const remove = useActionMutation(deleteJob, {
    success: () => `${name} is deleted.`,
    onSuccess: () => router.push("/jobs"),
  });
  return (
    <ConfirmDialog
      busy={remove.isPending}
      trigger={<Button variant="destructive">Delete</Button>}
      title={`Delete the job ${name}?`}
      description="It will not run again on its schedule. A run in progress carries on, and past runs stay on their pages."
      confirmLabel="Delete job"
      onConfirm={() => remove.mutate({ id: jobId })}
    />
  );
}
