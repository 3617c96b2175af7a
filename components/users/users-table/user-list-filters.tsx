import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { USER_PAGE_SIZES, type UserListSearch, type UserTypeFilter } from "@/lib/schemas/user-list";

const SORT_LABELS = {
  name: "User ID",
  creation_ts: "Creation time",
  last_seen_ts: "Last seen (slow on big servers)",
} as const;

const TYPE_LABELS: Record<UserTypeFilter, string> = {
  all: "All types",
  normal: "Normal users",
  bot: "Bots",
  support: "Support",
};

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} />
      {label}
    </label>
  );
}

/** A plain GET form: submitting it rewrites the URL, which is the table's only state. */
export function UserListFilters({ search }: { search: UserListSearch }) {
  return (
    <form method="get" action="/users" className="grid gap-4 md:grid-cols-4" role="search">
      <div className="space-y-1 md:col-span-2">
        <Label htmlFor="users-q">Search user ID or display name</Label>
        <Input
          id="users-q"
          name="q"
          type="search"
          defaultValue={search.q ?? ""}
          data-list-search
          aria-keyshortcuts="/"
        />
      </div>
      <div className="space-y-1">
        <Label htmlFor="users-sort">Sort by</Label>
        <Select id="users-sort" name="sort" defaultValue={search.sort}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="users-dir">Order</Label>
        <Select id="users-dir" name="dir" defaultValue={search.dir}>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="users-deactivated">Accounts</Label>
        <Select id="users-deactivated" name="deactivated" defaultValue={search.deactivated}>
          <option value="active">Active only</option>
          <option value="deactivated">Deactivated only</option>
          <option value="all">All</option>
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="users-type">User type</Label>
        <Select id="users-type" name="type" defaultValue={search.type}>
          {Object.entries(TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="users-limit">Page size</Label>
        <Select id="users-limit" name="limit" defaultValue={String(search.limit)}>
          {USER_PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-wrap items-end gap-4 md:col-span-3">
        <Check name="admins" label="Admins only" checked={search.admins} />
        <Check name="guests" label="Include guests" checked={search.guests} />
        <Check name="hideLocked" label="Hide locked" checked={search.hideLocked} />
        <Button type="submit">Apply</Button>
      </div>
      {search.sort === "last_seen_ts" ? (
        <p className="text-sm text-muted-foreground md:col-span-4">
          Synapse does not index last-seen times, so this order can take long on big servers.
        </p>
      ) : null}
    </form>
  );
}
