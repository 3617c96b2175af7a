"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ReasonField } from "@/components/ui/reason-field";
import { joinUsersToRoom } from "@/lib/actions/join-users-to-room";
import { bulkJoinRoomSchema } from "@/lib/schemas/bulk-user-actions";
import { BulkActionDialog } from "./bulk-action-dialog";
import { usersCount } from "./users-count";

const roomSchema = bulkJoinRoomSchema.shape.room;
const reasonSchema = bulkJoinRoomSchema.shape.reason;

const firstIssue = (error: { issues: { message: string }[] }) =>
  error.issues[0]?.message ?? "is not valid";

/** Joins the selected users to one room, named by ID or alias, with the reason for the audit log. */
export function JoinRoomBulkDialog({ userIds }: { userIds: string[] }) {
  const [room, setRoom] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const perform = (userIds: string[]) => {
    const parsedRoom = roomSchema.safeParse(room);
    const parsedReason = reasonSchema.safeParse(reason);
    setError(parsedRoom.success ? null : `Room ${firstIssue(parsedRoom.error)}`);
    setReasonError(parsedReason.success ? undefined : firstIssue(parsedReason.error));
    if (!parsedRoom.success || !parsedReason.success) return null;
    return joinUsersToRoom({ userIds, room: parsedRoom.data, reason: parsedReason.data });
  };
  return (
    <BulkActionDialog
      label="Join to room"
      title="Join users to a room"
      subject={userIds}
      describe={(ids) => ({
        description: `Joins ${usersCount(ids.length)} to the room without an invite; they can read its conversation. A room that is not public needs the console's service account in it, with the right to invite.`,
        confirmLabel: `Join ${usersCount(ids.length)}`,
        count: ids.length,
      })}
      disabled={userIds.length === 0}
      perform={perform}
    >
      <div className="grid gap-2">
        <Label htmlFor="bulk-join-room">Room ID or alias</Label>
        <Input
          id="bulk-join-room"
          placeholder="e.g. #lobby:example.org"
          autoComplete="off"
          value={room}
          onChange={(event) => setRoom(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby="bulk-join-room-error"
        />
        <FieldError id="bulk-join-room-error">{error}</FieldError>
      </div>
      <ReasonField
        id="bulk-join-reason"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={reasonError}
      />
    </BulkActionDialog>
  );
}
