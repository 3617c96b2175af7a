"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { renameDevice } from "@/lib/actions/rename-device";
import { renameDeviceSchema } from "@/lib/devices/device-schemas";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type Props = { userId: string; deviceId: string; displayName: string | null };

/** Renames one of a user's devices. */
export function DeviceRenameDialog({ userId, deviceId, displayName }: Props) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(displayName ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useActionMutation(renameDevice, {
    success: (data) => `Device ${data.deviceId} of ${userId} is now called "${data.displayName}".`,
    onSuccess: () => setOpen(false),
    onFieldErrors: (errors) => setProblem(errors.displayName?.[0] ?? null),
  });
  const onOpenChange = (next: boolean) => {
    if (next) {
      setName(displayName ?? "");
      setProblem(null);
    }
    setOpen(next);
  };
  const submit = () => {
    const parsed = renameDeviceSchema.safeParse({ userId, deviceId, displayName: name });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? "is not valid";
      return setProblem(`Name ${message}`);
    }
    setProblem(null);
    mutation.mutate(parsed.data);
  };
  const inputId = `rename-${deviceId}`;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Rename ${deviceId}`}>
          Rename
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Rename device ${deviceId}`}
        description={`The name ${userId} and the people in their rooms see for this session.`}
      >
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <div className="grid gap-2">
            <Label htmlFor={inputId}>Name</Label>
            <Input
              id={inputId}
              value={name}
              autoComplete="off"
              onChange={(event) => setName(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${inputId}-error`}
            />
            <FieldError id={`${inputId}-error`}>{problem}</FieldError>
          </div>
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? "Saving…" : "Save name"}
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}
