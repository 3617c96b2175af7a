"use client";

import { useState } from "react";
import { BulkActionDialog } from "@/components/users/users-table/bulk-action-dialog";
import { usersCount } from "@/components/users/users-table/users-count";
import { sendServerNotices } from "@/lib/actions/send-server-notices";
import type { NoticeRecipients } from "@/lib/schemas/bulk-user-actions";
import { noticeBodySchema } from "@/lib/schemas/server-notice";
import { NoticeBodyField } from "./notice-body-field";

type Props = {
  /** The toolbar button. */
  label: string;
  /** Its size: small in the selection's toolbar (the default), as its neighbours in a header. */
  buttonSize?: "sm" | "default";
  recipients: NoticeRecipients;
  /** How many users it reaches: the selection, or Synapse's count of those matching now. */
  count: number;
  /** Who they are, in the dialog's words. */
  whom: string;
  /** Why it cannot be sent now (the list shows another search than the one asked for). */
  unavailable?: string | null;
};

/**
 * Sends one notice to many users as a job: the dialog follows the run and lists each user's
 * outcome. Used for the selected users and for every user matching the list's filters.
 */
export function BulkNoticeDialog({ label, buttonSize, unavailable, ...subject }: Props) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const perform = ({ recipients }: typeof subject) => {
    const parsed = noticeBodySchema.safeParse(body);
    setError(
      parsed.success ? null : `The notice ${parsed.error.issues[0]?.message ?? "is not valid"}.`,
    );
    if (!parsed.success) return null;
    return sendServerNotices({ recipients, body: parsed.data });
  };
  return (
    <BulkActionDialog
      label={label}
      buttonSize={buttonSize}
      title="Send a server notice"
      subject={subject}
      describe={({ count, whom }) => ({
        description: `Sends the notice to ${whom}, each in their own “Server Notices” room, as a job: one result per user, each kept in the audit log with the text.`,
        confirmLabel: `Send to ${usersCount(count)}`,
        count,
      })}
      disabled={Boolean(unavailable) || subject.count === 0}
      disabledWhy={unavailable ?? "No user to send it to."}
      perform={perform}
    >
      <NoticeBodyField id="bulk-notice-body" value={body} onChange={setBody} error={error} />
    </BulkActionDialog>
  );
}
