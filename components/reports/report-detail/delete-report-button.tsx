"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteEventReport } from "@/lib/actions/delete-event-report";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type Props = { reportId: string; roomId: string; reporter: string };

/** Deletes the report (not the reported event) after confirmation, then goes back to the list. */
export function DeleteReportButton({ reportId, roomId, reporter }: Props) {
  const router = useRouter();
  const remove = useActionMutation(deleteEventReport, {
    success: (data) => `Report #${data.reportId} is deleted.`,
    onSuccess: () => router.push("/reports"),
  });
  return (
    <ConfirmDialog
      busy={remove.isPending}
      trigger={<Button variant="destructive">Delete report</Button>}
      title={`Delete report #${reportId}?`}
      description={`The report ${reporter} filed is removed from Synapse for good. The reported message stays in ${roomId}; nobody is told.`}
      confirmLabel="Delete report"
      onConfirm={() => remove.mutate({ reportId, roomId })}
    />
  );
}
