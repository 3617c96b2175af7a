"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { CreatedRoom } from "@/lib/operations/create-room";
import { CreatedRoomSummary } from "./created-room";
import { CreateRoomForm } from "./create-room-form";

/** "Create room" on the rooms list: the form, then what was created. */
export function CreateRoomDialog({ serverName }: { serverName: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedRoom | null>(null);
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setCreated(null);
  };
  const onCreated = (room: CreatedRoom) => {
    setCreated(room);
    router.refresh();
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>Create room</Button>
      </DialogTrigger>
      <DialogContent
        className="max-w-2xl"
        title="Create room"
        description="The console's account creates the room and stays its admin (level 100). It is recorded in the audit log."
      >
        {created ? (
          <CreatedRoomSummary room={created} />
        ) : (
          <CreateRoomForm serverName={serverName} onCreated={onCreated} />
        )}
      </DialogContent>
    </Dialog>
  );
}
