import { hasRole, type Role } from "@/lib/auth/roles";
import { BlockRoomButton } from "./block-room-button";
import { DeleteRoomDialog } from "./delete-room-dialog";
import { AlreadyInRoom, EnterRoomDialog } from "./enter-room-dialog";
import { JoinUsersDialog } from "./join-users-dialog";
import { MakeRoomAdminDialog } from "./make-room-admin-dialog";
import { PowerLevelDialog } from "./power-level-dialog";
import { PurgeHistoryDialog } from "./purge-history-dialog";
import { PublishRoomButton } from "./publish-room-button";

type Props = {
  role: Role;
  /** The signed-in person's Matrix ID, for the admins' "join this room myself". */
  viewerId: string;
  /** Whether the signed-in person is joined to the room already. */
  viewerInRoom: boolean;
  roomId: string;
  roomLabel: string;
  blocked: boolean;
  published: boolean;
  serviceUserId: string;
  serviceHasPower: boolean;
  /** Whether the console's account may admin-join users: a member, or the room is public. */
  serviceCanJoinUsers: boolean;
  /** Whether the room's join rule is public: below admin, people may be joined to such rooms only. */
  roomIsPublic: boolean;
};

/**
 * The changes the signed-in person may make to the room; viewers get none. Only admins may enter
 * the room themselves, make anyone (the console's account included) room admin, or join people to
 * a room that is not public (the actions check all of it on the server).
 */
export function RoomActions(props: Props) {
  const { role, roomId, roomLabel, blocked, published } = props;
  if (!hasRole(role, "operator")) return null;
  const isAdmin = hasRole(role, "admin");
  return (
    <section aria-label="Room actions" className="flex flex-wrap gap-2">
      {isAdmin || props.roomIsPublic ? (
        <JoinUsersDialog
          roomId={roomId}
          serviceUserId={props.serviceUserId}
          serviceInRoom={props.serviceCanJoinUsers}
        />
      ) : null}
      {isAdmin ? <MakeRoomAdminDialog roomId={roomId} /> : null}
      <PowerLevelDialog
        roomId={roomId}
        serviceUserId={props.serviceUserId}
        serviceHasPower={props.serviceHasPower}
        canMakeServiceAdmin={isAdmin}
      />
      <PublishRoomButton roomId={roomId} roomLabel={roomLabel} published={published} />
      <BlockRoomButton roomId={roomId} roomLabel={roomLabel} blocked={blocked} />
      {isAdmin ? (
        <>
          {props.viewerInRoom ? (
            <AlreadyInRoom viewerId={props.viewerId} />
          ) : (
            <EnterRoomDialog
              roomId={roomId}
              viewerId={props.viewerId}
              serviceUserId={props.serviceUserId}
              serviceInRoom={props.serviceCanJoinUsers}
            />
          )}
          <PurgeHistoryDialog roomId={roomId} roomLabel={roomLabel} />
          <DeleteRoomDialog roomId={roomId} roomLabel={roomLabel} />
        </>
      ) : null}
    </section>
  );
}
