"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";
import { sendServerNotice } from "@/lib/actions/send-server-notice";
import { noticeBodySchema } from "@/lib/schemas/server-notice";
import { NoticeBodyField } from "./notice-body-field";
import { NoticeFailure } from "./notices-off-help";

/** Sends one user a server notice from their page; Synapse's refusals stay in the dialog. */
export function SendNoticeDialog({ userId }: { userId: string }) {
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (text: string) => sendServerNotice({ userId, body: text }),
    onSuccess: (result) => {
      if (!result.ok) return;
      toast.success(`Server notice sent to ${userId}.`);
      setOpen(false);
      setBody("");
    },
  });
  const result = mutation.data;
  const failure = mutation.isError
    ? CONSOLE_UNREACHABLE
    : result && !result.ok
      ? result.error
      : null;
  const send = () => {
    const parsed = noticeBodySchema.safeParse(body);
    setFieldError(
      parsed.success ? null : `The notice ${parsed.error.issues[0]?.message ?? "is not valid"}.`,
    );
    if (parsed.success) mutation.mutate(parsed.data);
  };
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) mutation.reset();
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline">Send server notice</Button>
      </DialogTrigger>
      <DialogContent
        title={`Send a server notice to ${userId}`}
        description="They find it in their “Server Notices” room, sent by the server; they cannot reply. The text is kept in the audit log."
      >
        <NoticeBodyField
          id="server-notice-body"
          value={body}
          onChange={setBody}
          error={fieldError}
        />
        <NoticeFailure error={failure} />
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button disabled={mutation.isPending} onClick={send}>
            {mutation.isPending ? "Sending…" : "Send notice"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
