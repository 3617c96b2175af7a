"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { deactivateUser } from "@/lib/actions/deactivate-user";
import { deactivateUserSchema } from "@/lib/schemas/user-actions";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { countOf } from "@/lib/format/count";
import { WarningNote } from "@/components/ui/warning-note";
import { OWN_ACCOUNT } from "./own-account";
import { RedactionReasonField } from "./redaction-reason-field";

const devicesText = (count: number) => countOf(count, "device");
const redactionStarted = (rooms: number) =>
  rooms ? `redacting their messages in ${countOf(rooms, "room")}` : "no rooms to redact in";

/** Exactly what deactivation will do, as the confirmation says it. */
export function deactivationSummary(
  userId: string,
  deviceCount: number,
  erase: boolean,
  redact = false,
) {
  const parts = [
    `${devicesText(deviceCount)} logged out`,
    "removed from all rooms",
    "can no longer sign in",
    ...(erase ? ["messages hidden from new joiners"] : []),
    ...(redact ? ["then their messages in those rooms redacted for everyone"] : []),
  ];
  return `${erase ? "Deactivate and erase" : "Deactivate"} ${userId}: ${parts.join(", ")}.`;
}

/** Deactivates a user after an explicit choice about erasing, saying what will happen. */
export function DeactivateDialog({
  userId,
  deviceCount,
  own,
}: {
  userId: string;
  deviceCount: number;
  own: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [erase, setErase] = useState(false);
  const [redact, setRedact] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const mutation = useActionMutation(deactivateUser, {
    success: (data) =>
      `${userId} is deactivated; ${devicesText(data.devicesLoggedOut)} logged out${data.erased ? ", erased" : ""}${data.redaction ? `; ${redactionStarted(data.redaction.rooms.length)}` : ""}.`,
    // The page's Redactions section follows a redaction this started.
    onSuccess: () => setOpen(false),
  });
  const submit = () => {
    const input = { userId, erase, redact, redactReason: redact ? reason : undefined };
    const problem = deactivateUserSchema
      .safeParse(input)
      .error?.issues.find((issue) => issue.path[0] === "redactReason");
    setReasonError(problem?.message ?? null);
    if (!problem) mutation.mutate(input);
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="destructive" size="sm">
          Deactivate
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Deactivate ${userId}?`}
        description={deactivationSummary(userId, deviceCount, erase, redact)}
      >
        {own ? <WarningNote>{OWN_ACCOUNT.deactivate}</WarningNote> : null}
        <div className="flex items-center gap-2">
          <input
            id="deactivate-erase"
            type="checkbox"
            className="size-4 accent-destructive"
            checked={erase}
            onChange={(event) => setErase(event.target.checked)}
          />
          <Label htmlFor="deactivate-erase">
            Erase: hide their messages from people who join later
          </Label>
        </div>
        <div className="flex items-center gap-2">
          <input
            id="deactivate-redact"
            type="checkbox"
            className="size-4 accent-destructive"
            checked={redact}
            onChange={(event) => setRedact(event.target.checked)}
          />
          <Label htmlFor="deactivate-redact">
            Also redact their messages in the rooms they are in, for everyone
          </Label>
        </div>
        {redact ? (
          <RedactionReasonField
            id="deactivate-redact-reason"
            value={reason}
            error={reasonError ?? undefined}
            onChange={(event) => setReason(event.target.value)}
          />
        ) : null}
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" disabled={mutation.isPending} onClick={submit}>
            {erase ? "Deactivate and erase" : "Deactivate"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
