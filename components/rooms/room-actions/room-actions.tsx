import { hasRole, type Role } from "@/lib/auth/roles";
import { BlockRoomButton } from "./block-room-button";
import { DeleteRoomDialog } from "./delete-room-dialog";
import { EnterRoomDialog } from "./enter-room-dialog";
import { JoinUsersDialog } from "./join-users-dialog";
import { MakeRoomAdminDialog } from "./make-room-admin-dialog";
import { PowerLevelDialog } from "./power-level-dialog";
import { PurgeHistoryDialog } from "./purge-history-dialog";
import { PublishRoomButton } from "./publish-room-button";

type Props = {
  role: Role;
  /** The signed-in person's Matrix ID, for the admins' "join this room myself". */
  viewerId: string;
  roomId: string;
  roomLabel: string;
  blocked: boolean;
  published: boolean;
  serviceUserId: string;
  serviceHasPower: boolean;
  /** Whether the console's account may admin-join users: a member, or the room is public. */
  serviceCanJoinUsers: boolean;
};

/**
 * The changes the signed-in person may make to the room; viewers get none, and only admins may
 * enter the room themselves (the actions check both on the server).
 */
export function RoomActions(props: Props) {
  const { role, roomId, roomLabel, blocked, published } = props;
  if (!hasRole(role, "operator")) return null;
  return (
    <section aria-label="Room actions" className="flex flex-wrap gap-2">
      <JoinUsersDialog
        roomId={roomId}
        serviceUserId={props.serviceUserId}
        serviceInRoom={props.serviceCanJoinUsers}
      />
      <MakeRoomAdminDialog roomId={roomId} />
      <PowerLevelDialog
        roomId={roomId}
        serviceUserId={props.serviceUserId}
        serviceHasPower={props.serviceHasPower}
      />
      <PublishRoomButton roomId={roomId} roomLabel={roomLabel} published={published} />
      <BlockRoomButton roomId={roomId} roomLabel={roomLabel} blocked={blocked} />
      {hasRole(role, "admin") ? (
        <>
          <EnterRoomDialog
            roomId={roomId}
            viewerId={props.viewerId}
            serviceUserId={props.serviceUserId}
            serviceInRoom={props.serviceCanJoinUsers}
          />
          <PurgeHistoryDialog roomId={roomId} roomLabel={roomLabel} />
          <DeleteRoomDialog roomId={roomId} roomLabel={roomLabel} />
        </>
      ) : null}
    </section>
  );
}
