"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { joinUsersToRoom } from "@/lib/actions/join-users-to-room";
import { bulkJoinRoomSchema } from "@/lib/schemas/bulk-user-actions";
import { BulkActionDialog } from "./bulk-action-dialog";
import { usersCount } from "./users-count";

const roomSchema = bulkJoinRoomSchema.shape.room;

/** Joins the selected users to one room, named by ID or alias. */
export function JoinRoomBulkDialog({ userIds }: { userIds: string[] }) {
  const [room, setRoom] = useState("");
  const [error, setError] = useState<string | null>(null);
  const perform = () => {
    const parsed = roomSchema.safeParse(room);
    if (!parsed.success) {
      setError(`Room ${parsed.error.issues[0]?.message ?? "is not valid"}`);
      return null;
    }
    setError(null);
    return joinUsersToRoom({ userIds, room: parsed.data });
  };
  return (
    <BulkActionDialog
      label="Join to room"
      title="Join users to a room"
      description={`Joins ${usersCount(userIds.length)} to the room without an invite. A room that is not public needs the console's service account in it, with the right to invite.`}
      confirmLabel={`Join ${usersCount(userIds.length)}`}
      disabled={userIds.length === 0}
      count={userIds.length}
      perform={perform}
    >
      <div className="grid gap-2">
        <Label htmlFor="bulk-join-room">Room ID or alias</Label>
        <Input
          id="bulk-join-room"
          placeholder="#lobby:example.org"
          autoComplete="off"
          value={room}
          onChange={(event) => setRoom(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby="bulk-join-room-error"
        />
        <FieldError id="bulk-join-room-error">{error}</FieldError>
      </div>
    </BulkActionDialog>
  );
}
