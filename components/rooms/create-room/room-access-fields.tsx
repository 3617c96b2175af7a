"use client";

import { CheckboxField } from "@/components/ui/checkbox-field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { CreateRoomFormApi } from "./form-api";

/** Who may find, join and read the room, and whether it is encrypted or a Space. */
export function RoomAccessFields({ form }: { form: CreateRoomFormApi }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="grid content-start gap-2">
          <Label htmlFor="new-room-join-rule">Who may join</Label>
          <Select id="new-room-join-rule" {...form.register("joinRule")}>
            <option value="invite">Invited people only (invite)</option>
            <option value="knock">Let in on request (knock)</option>
            <option value="public">Anyone (public)</option>
          </Select>
        </div>
        <div className="grid content-start gap-2">
          <Label htmlFor="new-room-history">Who may read history</Label>
          <Select id="new-room-history" {...form.register("historyVisibility")}>
            <option value="shared">Members: all history (shared)</option>
            <option value="invited">Members: since invited (invited)</option>
            <option value="joined">Members: since joined (joined)</option>
            <option value="world_readable">Anyone, even non-members (world_readable)</option>
          </Select>
        </div>
        <div className="grid content-start gap-2">
          <Label htmlFor="new-room-visibility">Room directory</Label>
          <Select id="new-room-visibility" {...form.register("visibility")}>
            <option value="private">Not listed</option>
            <option value="public">Listed publicly</option>
          </Select>
        </div>
      </div>
      <div className="grid gap-2">
        <CheckboxField id="new-room-encrypted" {...form.register("encrypted")}>
          Encrypt messages end to end (cannot be turned off later)
        </CheckboxField>
        <CheckboxField id="new-room-space" {...form.register("space")}>
          Create as a Space (a room that groups other rooms)
        </CheckboxField>
      </div>
    </>
  );
}
