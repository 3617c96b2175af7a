import { IntentLink } from "@/components/ui/intent-link";
import { buttonVariants } from "@/components/ui/button";
import type { CreatedRoom } from "@/lib/operations/create-room";
import { roomHref } from "../room-href";

/** What was created, and the way to its page. */
export function CreatedRoomSummary({ room }: { room: CreatedRoom }) {
  return (
    <div className="grid gap-4" data-testid="created-room">
      <p className="text-sm">
        {room.space ? "Space" : "Room"} <span className="font-mono">{room.roomId}</span> was created
        {room.alias ? (
          <>
            {" "}
            with the address <span className="font-mono">{room.alias}</span>
          </>
        ) : null}
        .
      </p>
      <IntentLink className={buttonVariants({ variant: "default" })} href={roomHref(room.roomId)}>
        Open {room.roomId}
      </IntentLink>
    </div>
  );
}
