import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { STALE_PAGE_SIZE, toDeviceQuery, type DeviceSearch } from "@/lib/devices/device-search";
import type { StaleDevice } from "@/lib/devices/stale-query";
import type { StaleRule } from "@/lib/devices/stale-rule";
import { DevicesTable } from "./devices-table";
import { PageLinks } from "./page-links";
import { StaleRevokeButton } from "./stale-revoke-button";
import { StaleRuleForm } from "./stale-rule-form";

export type StaleDryRun = {
  rule: StaleRule;
  devices: StaleDevice[];
  counts: { devices: number; users: number };
};

type Props = {
  search: DeviceSearch;
  snapshotId: string;
  dryRun: StaleDryRun | null;
  canRevoke: boolean;
};

/** The stale-device rule, its dry run (exactly which devices would go), and the revoke button. */
export function StaleSection({ search, snapshotId, dryRun, canRevoke }: Props) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Stale devices</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <StaleRuleForm search={search} />
        {dryRun ? (
          <section aria-label="Dry run" className="grid gap-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm font-medium" data-testid="stale-counts">
                {dryRun.counts.devices} devices of {dryRun.counts.users} users would be revoked.
              </p>
              {canRevoke && dryRun.counts.devices > 0 ? (
                <StaleRevokeButton
                  snapshotId={snapshotId}
                  rule={dryRun.rule}
                  devices={dryRun.counts.devices}
                  users={dryRun.counts.users}
                />
              ) : null}
            </div>
            <DevicesTable label="Stale devices" rows={dryRun.devices} />
            <PageLinks
              label="Stale device pages"
              page={search.stalePage}
              pageSize={STALE_PAGE_SIZE}
              total={dryRun.counts.devices}
              hrefFor={(stalePage) => `/devices${toDeviceQuery(search, { stalePage })}`}
            />
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
