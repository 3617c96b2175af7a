import { Button } from "@/components/ui/button";
import { LIST_SEARCH_FIELD } from "@/components/layout/list-search";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { MEDIA_USERS_PAGE_SIZES, type MediaUsersSearch } from "@/lib/schemas/media-statistics";

/** A plain GET form: the filters go into the URL, the sort stays, paging starts again. */
export function StatisticsUsersFilters({ search }: { search: MediaUsersSearch }) {
  return (
    <form method="get" action="/media" role="search" className="grid gap-4 md:grid-cols-5">
      <input type="hidden" name="sort" value={search.sort} />
      <input type="hidden" name="dir" value={search.dir} />
      <div className="space-y-1">
        <Label htmlFor="media-users-q">User or display name contains</Label>
        <Input
          id="media-users-q"
          name="q"
          type="search"
          defaultValue={search.q}
          {...LIST_SEARCH_FIELD}
        />
      </div>
      <div className="space-y-1">
        <Label htmlFor="media-users-since">Uploaded since (UTC)</Label>
        <Input id="media-users-since" name="since" type="date" defaultValue={search.since} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="media-users-until">Uploaded until (UTC)</Label>
        <Input id="media-users-until" name="until" type="date" defaultValue={search.until} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="media-users-limit">Per page</Label>
        <Select id="media-users-limit" name="limit" defaultValue={String(search.limit)}>
          {MEDIA_USERS_PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-end">
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </div>
    </form>
  );
}
