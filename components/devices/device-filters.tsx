import { Button } from "@/components/ui/button";
import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { DeviceSearch } from "@/lib/devices/device-search";
import type { StaleFormValues } from "@/lib/devices/stale-form";
import { HiddenFields } from "./hidden-fields";

/**
 * A plain GET form for the device list; the stale dry run's fields ride along unchanged. Its user
 * filter narrows the stale list too. The client filter is there with `showConnections` only: a
 * viewer could otherwise tell whose devices run which client (lib/auth/connection-privacy.ts).
 */
export function DeviceFilters({
  search,
  staleValues,
  showConnections,
}: {
  search: DeviceSearch;
  staleValues: StaleFormValues;
  showConnections: boolean;
}) {
  return (
    <form method="get" action="/devices" role="search" className="grid gap-4 md:grid-cols-4">
      <HiddenFields values={staleValues} />
      <div className="space-y-1">
        <Label htmlFor="devices-seen">Last seen</Label>
        <Select id="devices-seen" name="seen" defaultValue={search.seen}>
          <option value="any">Any time</option>
          <option value="never">Never</option>
          <option value="older">Older than…</option>
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="devices-days">Days (for “older than”)</Label>
        <Input id="devices-days" name="days" type="number" min={1} defaultValue={search.days} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="devices-user">User contains</Label>
        <Input
          id="devices-user"
          name="user"
          defaultValue={search.user ?? ""}
          {...LIST_SEARCH_FIELD}
        />
      </div>
      {showConnections ? (
        <div className="space-y-1">
          <Label htmlFor="devices-ua">User agent contains</Label>
          <Input id="devices-ua" name="ua" defaultValue={search.ua ?? ""} />
        </div>
      ) : null}
      <div className="space-y-1">
        <Label htmlFor="devices-type">User type</Label>
        <Select id="devices-type" name="type" defaultValue={search.type}>
          <option value="all">All types</option>
          <option value="normal">Normal users</option>
          <option value="bot">Bots</option>
          <option value="support">Support</option>
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="devices-dir">Sort by last seen</Label>
        <Select id="devices-dir" name="dir" defaultValue={search.dir}>
          <option value="asc">Oldest first</option>
          <option value="desc">Newest first</option>
        </Select>
      </div>
      <div className="flex items-end">
        <Button type="submit" variant="outline">
          Apply
        </Button>
      </div>
    </form>
  );
}
