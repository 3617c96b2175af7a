import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ROOM_PAGE_SIZES, type RoomListSearch } from "@/lib/schemas/room-list";

// A plain GET form: the URL stays the single source of the table's state, without client JS.
export function RoomsToolbar({ search }: { search: RoomListSearch }) {
  return (
    <form method="get" action="/rooms" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="sort" value={search.sort} />
      <input type="hidden" name="dir" value={search.dir} />
      <label className="flex flex-col gap-1 text-sm">
        Search
        <Input
          name="q"
          type="search"
          defaultValue={search.q ?? ""}
          placeholder="Name, alias or room ID"
          data-list-search
          aria-keyshortcuts="/"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Page size
        <Select name="size" defaultValue={String(search.size)} className="w-24">
          {ROOM_PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="public" value="1" defaultChecked={search.public} />
        Public only
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="empty" value="1" defaultChecked={search.empty} />
        Empty only
      </label>
      <Button type="submit">Apply</Button>
    </form>
  );
}
