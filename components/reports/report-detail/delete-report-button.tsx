"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteEventReport } from "@/lib/actions/delete-event-report";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

type Props = { reportId: string; roomId: string; reporter: string };

/** Deletes the report (not the reported event) after confirmation, then goes back to the list. */
export function DeleteReportButton({ reportId, roomId, reporter }: Props) {
  const router = useRouter();
  const remove = useMutation({
    mutationFn: deleteEventReport,
    onSuccess: (result) => {
      if (!result.ok) return void toast.error(result.error);
      toast.success(`Report #${result.data.reportId} is deleted.`);
      router.push("/reports");
      router.refresh();
    },
    onError: () => toast.error(CONSOLE_UNREACHABLE),
  });
  return (
    <ConfirmDialog
      trigger={
        <Button variant="destructive" disabled={remove.isPending}>
          Delete report
        </Button>
      }
      title={`Delete report #${reportId}?`}
      description={`The report ${reporter} filed is removed from Synapse for good. The reported message stays in ${roomId}; nobody is told.`}
      confirmLabel="Delete report"
      onConfirm={() => remove.mutate({ reportId, roomId })}
    />
  );
}
