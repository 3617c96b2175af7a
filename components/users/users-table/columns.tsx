import { PHONE_FACT, PHONE_ROW } from "@/components/ui/phone-rows";
import { TABLE_CELL_CLASS, TABLE_ROW_CLASS } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import type { SynapseUserListEntry } from "@/lib/synapse/user-schemas";
import { formatTimestamp } from "../format-time";
import { UserStatusBadges } from "../user-status-badges";
import { FreeText } from "@/components/ui/free-text";

export const USER_COLUMNS = ["User", "Display name", "Status", "Created", "Last seen"] as const;

export function userHref(userId: string) {
  return `/users/${encodeURIComponent(userId)}`;
}

type Selection = { selected: boolean; onSelectedChange: (selected: boolean) => void };

// Below md the row is a grid: the checkbox beside the ID, the name and badges under it, then the
// two times side by side, each labelled (by CSS, so a cell's text stays the value alone). Merged
// once: the rows are plain elements (see table.tsx).
const ROW = cn(TABLE_ROW_CLASS, PHONE_ROW, "max-md:px-3");
const ROW_WITH_CHECKBOX = cn(ROW, "max-md:grid-cols-[auto_1fr_1fr]");
const ROW_WITHOUT = cn(ROW, "max-md:grid-cols-2");
const CHECKBOX_CELL = cn(TABLE_CELL_CLASS, "w-8 max-md:row-span-4 max-md:w-auto max-md:p-0");
const ID_CELL = cn(TABLE_CELL_CLASS, "font-mono text-sm max-md:col-span-2 max-md:p-0");
const NAME_CELL = cn(TABLE_CELL_CLASS, "max-md:col-span-2 max-md:p-0 max-md:empty:hidden");
const STATUS_CELL = cn(TABLE_CELL_CLASS, "max-md:col-span-2 max-md:p-0");
const TIME_CELL = cn(TABLE_CELL_CLASS, "text-sm", PHONE_FACT);

/**
 * One user of the list; the ID links to the user's page (the table's useRowLinks handles it). With
 * `selection`, a checkbox leads.
 */
export function UserRow({
  user,
  selection,
}: {
  user: SynapseUserListEntry;
  selection?: Selection;
}) {
  return (
    <tr
      data-testid="user-row"
      data-state={selection?.selected ? "selected" : undefined}
      className={selection ? ROW_WITH_CHECKBOX : ROW_WITHOUT}
    >
      {selection ? (
        <td className={CHECKBOX_CELL}>
          <input
            type="checkbox"
            aria-label={`Select ${user.name}`}
            checked={selection.selected}
            onChange={(event) => selection.onSelectedChange(event.target.checked)}
          />
        </td>
      ) : null}
      <td className={ID_CELL} data-column="user">
        {/* A plain link: the table's row-link handlers navigate and prefetch (row-links.ts). */}
        <a className="underline-offset-4 hover:underline" href={userHref(user.name)}>
          {user.name}
        </a>
      </td>
      <td className={NAME_CELL}>
        {user.displayname ? <FreeText>{user.displayname}</FreeText> : null}
      </td>
      <td className={STATUS_CELL}>
        <UserStatusBadges user={user} />
      </td>
      <td className={TIME_CELL} data-label="Created">
        {formatTimestamp(user.creation_ts)}
      </td>
      <td className={TIME_CELL} data-label="Last seen">
        {formatTimestamp(user.last_seen_ts)}
      </td>
    </tr>
  );
}
