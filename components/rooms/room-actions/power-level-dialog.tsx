"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ReasonField } from "@/components/ui/reason-field";
import { setRoomPowerLevel } from "@/lib/actions/set-member-power-level";
import {
  setPowerLevelSchema,
  type SetPowerLevelForm,
  type SetPowerLevelInput,
} from "@/lib/schemas/room-actions";
import { ServiceAdminNotice } from "./service-admin-notice";
import { useActionMutation } from "@/components/ui/use-action-mutation";

type Props = {
  roomId: string;
  serviceUserId: string;
  serviceHasPower: boolean;
  /** Admins only: making the console's account room admin enters the room. */
  canMakeServiceAdmin: boolean;
};

/** Sets one member's power level; the console's account must itself have the power to do so. */
export function PowerLevelDialog({
  roomId,
  serviceUserId,
  serviceHasPower,
  canMakeServiceAdmin,
}: Props) {
  const [open, setOpen] = useState(false);
  const mutation = useActionMutation(setRoomPowerLevel, {
    success: (data) => `${data.userId} now has power level ${data.after}.`,
    onSuccess: () => setOpen(false),
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">Set power level</Button>
      </DialogTrigger>
      <DialogContent
        title="Set a member's power level"
        description={`Sends new power levels to the room as the console's account ${serviceUserId}. Every other level stays as it is. Changing your own level needs the admin role.`}
      >
        {serviceHasPower ? null : (
          <ServiceAdminNotice
            roomId={roomId}
            serviceUserId={serviceUserId}
            reason="power"
            canFix={canMakeServiceAdmin}
          />
        )}
        {/* Mounted with the dialog's content: each opening starts from the defaults, and a closed
            dialog holds no form (whose first effect would hold back the page's first frame). */}
        <PowerLevelForm
          roomId={roomId}
          serviceHasPower={serviceHasPower}
          pending={mutation.isPending}
          onSubmit={(values) => mutation.mutate(values)}
        />
      </DialogContent>
    </Dialog>
  );
}

type PowerLevelFormProps = Pick<Props, "roomId" | "serviceHasPower"> & {
  pending: boolean;
  onSubmit: (values: SetPowerLevelInput) => void;
};

function PowerLevelForm({ roomId, serviceHasPower, pending, onSubmit }: PowerLevelFormProps) {
  const form = useForm<SetPowerLevelForm, unknown, SetPowerLevelInput>({
    resolver: zodResolver(setPowerLevelSchema),
    defaultValues: { roomId, userId: "", level: "50", reason: "" },
  });
  const { errors } = form.formState;

  return (
    <form className="grid gap-4" noValidate onSubmit={form.handleSubmit(onSubmit)}>
      <div className="grid gap-2">
        <Label htmlFor="power-level-user">User ID</Label>
        <Input
          id="power-level-user"
          // The form, not the notice's "make the console's account room admin" above it.
          autoFocus
          placeholder="e.g. @alice:example.org"
          autoComplete="off"
          aria-invalid={errors.userId ? true : undefined}
          aria-describedby="power-level-user-error"
          {...form.register("userId")}
        />
        <FieldError id="power-level-user-error">
          {errors.userId && `User ID ${errors.userId.message}`}
        </FieldError>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="power-level-value">Power level</Label>
        <Input
          id="power-level-value"
          inputMode="numeric"
          aria-invalid={errors.level ? true : undefined}
          aria-describedby="power-level-value-error"
          {...form.register("level")}
        />
        <FieldError id="power-level-value-error">
          {errors.level && `Power level ${errors.level.message}`}
        </FieldError>
      </div>
      <ReasonField
        id="power-level-reason"
        error={errors.reason?.message}
        {...form.register("reason")}
      />
      <Button type="submit" disabled={pending || !serviceHasPower}>
        {pending ? "Saving…" : "Set power level"}
      </Button>
    </form>
  );
}
