import type { Metadata } from "next";
import { DeviceAgeChart } from "@/components/devices/device-age-chart";
import { DeviceFilters } from "@/components/devices/device-filters";
import { DevicesTable } from "@/components/devices/devices-table";
import { PageLinks } from "@/components/devices/page-links";
import { RefreshSnapshotButton } from "@/components/devices/refresh-snapshot-button";
import { StaleSection, type StaleDryRun } from "@/components/devices/stale-section";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatTimestamp } from "@/components/users/format-time";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { seesConnections } from "@/lib/auth/connection-privacy";
import { hasRole } from "@/lib/auth/roles";
import { countOf } from "@/lib/format/count";
import { DEFAULT_PAGE_SIZE } from "@/lib/schemas/page-size";
import { firstValues } from "@/lib/schemas/search-params";
import { parseDeviceSearch, toDeviceQuery } from "@/lib/devices/device-search";
import {
  countDeviceAges,
  findActiveDeviceScan,
  findSnapshotDevices,
  getNewestCompleteSnapshot,
} from "@/lib/devices/snapshot-reads";
import { readStaleForm, readStaleRule, type StaleRuleReading } from "@/lib/devices/stale-form";
import { countStaleDevices, findStaleDevices } from "@/lib/devices/stale-query";
import { staleQueryFor } from "@/lib/devices/stale-plan";

export const metadata: Metadata = { title: "Devices" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The rule's list and counts on the snapshot; none unless the form's rule was accepted. */
async function loadDryRun(
  snapshotId: string,
  reading: StaleRuleReading,
  stalePage: number,
  pageSize: number,
): Promise<StaleDryRun | null> {
  if (reading.state !== "ok") return null;
  const query = await staleQueryFor(snapshotId, reading.rule);
  if (!query) return null;
  const [devices, counts] = await Promise.all([
    findStaleDevices(query, { limit: pageSize, offset: (stalePage - 1) * pageSize }),
    countStaleDevices(query),
  ]);
  return { rule: reading.rule, devices, counts };
}

export default async function DevicesPage({ searchParams }: Props) {
  const viewer = await requirePageUser();
  const raw = firstValues(await searchParams);
  const showConnections = seesConnections(viewer.role);
  const pageSize = viewer.pageSize ?? DEFAULT_PAGE_SIZE;
  const parsed = parseDeviceSearch(raw);
  // Clients are personal data: a viewer cannot filter by them either.
  const search = showConnections ? parsed : { ...parsed, ua: undefined };
  const staleValues = readStaleForm(raw);
  // The user filter narrows the stale list too; there a value the list ignores is refused.
  const staleReading = readStaleRule(staleValues, raw.user);
  const [snapshot, activeScan] = await Promise.all([
    getNewestCompleteSnapshot(),
    findActiveDeviceScan(),
  ]);
  // Only decides what is shown; the actions check the role again on the server.
  const canOperate = hasRole(viewer.role, "operator");
  const refresh = canOperate ? (
    <RefreshSnapshotButton activeRunId={activeScan?.id ?? null} />
  ) : null;

  if (!snapshot?.completedAt)
    return (
      <div className="space-y-6">
        <PageHeader
          title="Devices"
          description="No device snapshot yet: a scan reads every user's devices into one."
          actions={refresh}
        />
      </div>
    );

  const asOf = snapshot.completedAt;
  const [list, ages, dryRun] = await Promise.all([
    findSnapshotDevices(snapshot.id, asOf, search, pageSize),
    countDeviceAges(snapshot.id, asOf),
    loadDryRun(snapshot.id, staleReading, search.stalePage, pageSize),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Devices"
        description={
          <span data-testid="snapshot-summary">
            Snapshot taken {formatTimestamp(asOf.getTime())} ({countOf(snapshot.userCount, "user")},{" "}
            {countOf(snapshot.deviceCount, "device")})
          </span>
        }
        actions={refresh}
      />
      <Card>
        <CardHeader>
          <CardTitle>Device ages</CardTitle>
        </CardHeader>
        <CardContent>
          <DeviceAgeChart buckets={ages} />
        </CardContent>
      </Card>
      <StaleSection
        search={search}
        values={staleValues}
        reading={staleReading}
        snapshotId={snapshot.id}
        dryRun={dryRun}
        canRevoke={canOperate}
        showConnections={showConnections}
        canSchedule={hasRole(viewer.role, "admin")}
        pageSize={pageSize}
      />
      <Card>
        <CardHeader>
          <CardTitle>All devices</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <DeviceFilters
            search={search}
            staleValues={staleValues}
            showConnections={showConnections}
          />
          <DevicesTable label="Devices" rows={list.devices} showConnections={showConnections} />
          <PageLinks
            label="Device pages"
            noun="device"
            page={search.page}
            pageSize={pageSize}
            total={list.total}
            hrefFor={(page) => `/devices${toDeviceQuery({ ...search, ...staleValues }, { page })}`}
          />
        </CardContent>
      </Card>
    </div>
  );
}
