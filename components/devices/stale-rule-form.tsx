import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { DeviceSearch } from "@/lib/devices/device-search";
import { HiddenFields } from "./hidden-fields";

/** The stale-device rule as a GET form: sending it shows the dry run below. */
export function StaleRuleForm({ search }: { search: DeviceSearch }) {
  return (
    <form
      method="get"
      action="/devices"
      aria-label="Stale-device rule"
      className="grid gap-4 md:grid-cols-4"
    >
      <HiddenFields
        values={{
          seen: search.seen,
          days: search.days,
          ua: search.ua,
          user: search.user,
          type: search.type,
          dir: search.dir,
        }}
      />
      <div className="space-y-1">
        <Label htmlFor="stale-days">Last used more than (days)</Label>
        <Input
          id="stale-days"
          name="staleDays"
          type="number"
          min={1}
          required
          defaultValue={search.staleDays ?? 90}
        />
      </div>
      <div className="space-y-1">
        <Label htmlFor="stale-never">Never used, account older than (days)</Label>
        <Input
          id="stale-never"
          name="staleNever"
          type="number"
          min={1}
          placeholder="keep never-used"
          defaultValue={search.staleNever ?? ""}
        />
      </div>
      <div className="space-y-1">
        <Label htmlFor="stale-keep">Keep most recent per user</Label>
        <Input
          id="stale-keep"
          name="staleKeep"
          type="number"
          min={0}
          defaultValue={search.staleKeep}
        />
      </div>
      <div className="space-y-1 md:row-span-2">
        <Label htmlFor="stale-exclude">Exclude users (globs, one per line)</Label>
        <Textarea
          id="stale-exclude"
          name="staleExclude"
          rows={4}
          placeholder={"@*-bridge:*\n@_discord_*"}
          defaultValue={search.staleExclude ?? ""}
        />
      </div>
      <p className="text-sm text-muted-foreground md:col-span-3">
        The console’s own account is always excluded. Ages count from when the snapshot was taken.
      </p>
      <div className="flex items-end">
        <Button type="submit" variant="outline">
          Dry run
        </Button>
      </div>
    </form>
  );
}
