import { IntentLink } from "@/components/ui/intent-link";
import { roomHref } from "@/components/rooms/room-href";
import { Badge } from "@/components/ui/badge";
import { Pager } from "@/components/ui/pager";
import { countOf } from "@/lib/format/count";
import type { SynapseStateEvent } from "@/lib/synapse/room-details";
import type { SynapseRoomHierarchy } from "@/lib/synapse/room-hierarchy";
import { buildSpaceTree, type SpaceTreeNode } from "./space-tree";

type Props = {
  spaceId: string;
  hierarchy: SynapseRoomHierarchy;
  /** The token this page started from; absent on the first page. */
  from?: string;
};

/** The space's page with `spaceFrom` set, keeping the anchor so the reader stays at the tree. */
const spacePageHref = (spaceId: string, from?: string) =>
  `${roomHref(spaceId)}${from ? `?spaceFrom=${encodeURIComponent(from)}` : ""}#space-children`;

function TreeLine({
  node,
  spaceId,
  hasMore,
}: {
  node: SpaceTreeNode;
  spaceId: string;
  hasMore: boolean;
}) {
  const indent = { paddingLeft: `${node.depth * 1.5}rem` };
  if (node.kind === "elsewhere") {
    return (
      <li style={indent} className="text-sm text-muted-foreground" data-testid="space-tree-line">
        <IntentLink
          className="font-mono underline-offset-4 hover:underline"
          href={roomHref(node.roomId)}
        >
          {node.roomId}
        </IntentLink>{" "}
        {hasMore ? "(listed on a later page)" : "(not known to this server)"}
      </li>
    );
  }
  const { room } = node;
  const isRoot = room.room_id === spaceId;
  return (
    <li style={indent} className="text-sm" data-testid="space-tree-line" data-depth={node.depth}>
      <span className="inline-flex flex-wrap items-center gap-2">
        {isRoot ? (
          <span className="font-medium">{room.name ?? room.room_id}</span>
        ) : (
          <IntentLink
            className="font-medium underline underline-offset-4"
            href={roomHref(room.room_id)}
          >
            {room.name ?? room.room_id}
          </IntentLink>
        )}
        {room.room_type === "m.space" ? <Badge variant="outline">Space</Badge> : null}
        <span className="text-muted-foreground">
          {countOf(room.num_joined_members, "member")}
          {room.join_rule ? `, ${room.join_rule}` : ""}
        </span>
        {room.name ? (
          <span className="font-mono text-xs text-muted-foreground">{room.room_id}</span>
        ) : null}
      </span>
    </li>
  );
}

/** The rooms under a space as a tree, paged by Synapse's own tokens. */
export function SpaceChildren({ spaceId, hierarchy, from }: Props) {
  const lines = buildSpaceTree(hierarchy.rooms);
  const hasMore = hierarchy.next_batch !== undefined;
  const childCount = hierarchy.rooms.filter((room) => room.room_id !== spaceId).length;
  return (
    <div className="space-y-4">
      {lines.length <= 1 && !from ? (
        <p className="text-sm text-muted-foreground">No rooms in this space.</p>
      ) : (
        <ul aria-label="Rooms in this space" className="space-y-1">
          {lines.map((node, index) => (
            <TreeLine
              key={`${index}-${node.kind === "room" ? node.room.room_id : node.roomId}`}
              node={node}
              spaceId={spaceId}
              hasMore={hasMore}
            />
          ))}
        </ul>
      )}
      {from || hasMore ? (
        <Pager
          fetchNextAhead={false}
          label="Space pages"
          summary={`${countOf(childCount, "room")} on this page`}
          previousHref={from ? spacePageHref(spaceId) : null}
          previousLabel="First page"
          nextHref={hasMore ? spacePageHref(spaceId, hierarchy.next_batch) : null}
          nextLabel="More rooms"
        />
      ) : null}
    </div>
  );
}

/**
 * The space's direct children read from its m.space.child state, for a Synapse without the admin
 * hierarchy API: one level only, without names, which that older Synapse gives no admin way to read.
 */
export function SpaceChildrenFromState({ state }: { state: SynapseStateEvent[] }) {
  const children = state.filter(
    (event) => event.type === "m.space.child" && Array.isArray(event.content.via),
  );
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted-foreground" data-testid="space-tree-fallback">
        This Synapse has no admin hierarchy API (newer versions have one), so only the rooms this
        space lists directly are shown, without the rooms under them.
      </p>
      {children.length === 0 ? (
        <p className="text-sm text-muted-foreground">No rooms in this space.</p>
      ) : (
        <ul aria-label="Rooms in this space" className="space-y-1">
          {children.map((child) => (
            <li key={child.state_key} className="text-sm" data-testid="space-tree-line">
              <IntentLink
                className="font-mono underline underline-offset-4"
                href={roomHref(child.state_key)}
              >
                {child.state_key}
              </IntentLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
