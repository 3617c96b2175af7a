"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { deleteUserReport } from "@/lib/actions/delete-user-report";

type Props = { reportId: string; targetUserId: string; reporter: string };

/** Deletes the report (not the reported user) after confirmation, then goes back to the list. */
export function DeleteUserReportButton({ reportId, targetUserId, reporter }: Props) {
  const router = useRouter();
  const remove = useActionMutation(deleteUserReport, {
    success: (data) => `User report #${data.reportId} is deleted.`,
    onSuccess: () => router.push("/reports/users"),
  });
  return (
    <ConfirmDialog
      busy={remove.isPending}
      trigger={<Button variant="destructive">Delete report</Button>}
      title={`Delete user report #${reportId}?`}
      description={`The report ${reporter} filed about ${targetUserId} is removed from Synapse for good. ${targetUserId}'s account is not changed; nobody is told.`}
      confirmLabel="Delete report"
      onConfirm={() => remove.mutate({ reportId, targetUserId })}
    />
  );
}
