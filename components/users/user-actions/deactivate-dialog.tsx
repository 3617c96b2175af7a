"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { deactivateUser } from "@/lib/actions/deactivate-user";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { countOf } from "@/lib/format/count";

const devicesText = (count: number) => countOf(count, "device");

/** Exactly what deactivation will do, as the confirmation says it. */
export function deactivationSummary(userId: string, deviceCount: number, erase: boolean) {
  const parts = [
    `${devicesText(deviceCount)} logged out`,
    "removed from all rooms",
    "can no longer sign in",
    ...(erase ? ["messages hidden from new joiners"] : []),
  ];
  return `${erase ? "Deactivate and erase" : "Deactivate"} ${userId}: ${parts.join(", ")}.`;
}

/** Deactivates a user after an explicit choice about erasing, saying what will happen. */
export function DeactivateDialog({ userId, deviceCount }: { userId: string; deviceCount: number }) {
  const [open, setOpen] = useState(false);
  const [erase, setErase] = useState(false);
  const mutation = useActionMutation(deactivateUser, {
    success: (data) =>
      `${userId} is deactivated; ${devicesText(data.devicesLoggedOut)} logged out${data.erased ? ", erased" : ""}.`,
    onSuccess: () => setOpen(false),
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="destructive" size="sm">
          Deactivate
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Deactivate ${userId}?`}
        description={deactivationSummary(userId, deviceCount, erase)}
      >
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
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button
            variant="destructive"
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ userId, erase })}
          >
            {erase ? "Deactivate and erase" : "Deactivate"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
