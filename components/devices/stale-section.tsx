import { IntentLink } from "@/components/ui/intent-link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { staleCleanupScheduleHref } from "@/lib/devices/cleanup-schedule";
import { toDeviceQuery, type DeviceSearch } from "@/lib/devices/device-search";
import type { StaleFormValues, StaleRuleReading } from "@/lib/devices/stale-form";
import type { StaleCounts, StaleDevice } from "@/lib/devices/stale-query";
import type { StaleRule } from "@/lib/devices/stale-rule";
import { describeDryRun } from "@/lib/devices/stale-wording";
import { DevicesTable } from "./devices-table";
import { PageLinks } from "./page-links";
import { StaleRevokeButton } from "./stale-revoke-button";
import { StaleRuleForm } from "./stale-rule-form";

export type StaleDryRun = { rule: StaleRule; devices: StaleDevice[]; counts: StaleCounts };

type Props = {
  search: DeviceSearch;
  values: StaleFormValues;
  reading: StaleRuleReading;
  snapshotId: string;
  /** Present only when `reading` holds a rule: the list is always that rule's. */
  dryRun: StaleDryRun | null;
  canRevoke: boolean;
  /** Whether the viewer sees IP addresses and clients (lib/auth/connection-privacy.ts). */
  showConnections: boolean;
  /** Whether the viewer may save jobs (admins), for the "Save as a scheduled job" link. */
  canSchedule: boolean;
  /** The reader's rows per page. */
  pageSize: number;
};

/** Why nothing is listed: the rule was refused, field by field in the form. */
function Refused({ userError }: { userError: string | undefined }) {
  return (
    <Alert variant="destructive" data-testid="stale-refused">
      <AlertTitle>This rule is refused, so nothing is listed and nothing can be revoked</AlertTitle>
      <AlertDescription>
        Correct the marked fields and run the dry run again.
        {userError ? ` The device list’s user filter (“User contains”) ${userError}.` : null}
      </AlertDescription>
    </Alert>
  );
}

/** The dry run: the numbers in words, exactly which devices would go, and the revoke button. */
function DryRun({
  search,
  values,
  snapshotId,
  dryRun,
  canRevoke,
  showConnections,
  canSchedule,
  pageSize,
}: Omit<Props, "reading"> & {
  dryRun: StaleDryRun;
}) {
  const { summary, notes } = describeDryRun(dryRun.rule, dryRun.counts);
  const scheduleHref = staleCleanupScheduleHref(dryRun.rule, dryRun.counts.devices);
  return (
    <section aria-label="Dry run" className="grid gap-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <p className="text-sm font-medium" data-testid="stale-counts">
            {summary}
          </p>
          {notes.map((note) => (
            <p key={note} className="text-sm text-muted-foreground" data-testid="stale-note">
              {note}
            </p>
          ))}
        </div>
        <div className="flex flex-wrap gap-2">
          {canRevoke && dryRun.counts.devices > 0 ? (
            <StaleRevokeButton
              snapshotId={snapshotId}
              rule={dryRun.rule}
              devices={dryRun.counts.devices}
              users={dryRun.counts.users}
            />
          ) : null}
          {/* Offered with nothing stale too: the saved job finds what goes stale later. */}
          {canSchedule && scheduleHref ? (
            <IntentLink
              className={buttonVariants({ variant: "outline", size: "sm" })}
              href={scheduleHref}
            >
              Save as a scheduled job
            </IntentLink>
          ) : null}
          {canSchedule && !scheduleHref ? (
            <span className="text-xs text-muted-foreground">
              This rule&apos;s user patterns are too long to carry to the job form: make the job
              there and paste the rule into its parameters.
            </span>
          ) : null}
        </div>
      </div>
      <DevicesTable label="Stale devices" rows={dryRun.devices} showConnections={showConnections} />
      <PageLinks
        label="Stale device pages"
        noun="stale device"
        page={search.stalePage}
        pageSize={pageSize}
        total={dryRun.counts.devices}
        hrefFor={(stalePage) => `/devices${toDeviceQuery({ ...search, ...values }, { stalePage })}`}
      />
    </section>
  );
}

/** The stale-device rule, its dry run (exactly which devices would go), and the revoke button. */
export function StaleSection(props: Props) {
  const { search, values, reading, dryRun } = props;
  const errors = reading.state === "refused" ? reading.errors : {};
  return (
    <Card role="region" aria-label="Stale devices">
      <CardHeader>
        <CardTitle>Stale devices</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <StaleRuleForm search={search} values={values} errors={errors} />
        {reading.state === "refused" ? <Refused userError={errors.user} /> : null}
        {reading.state === "ok" && dryRun ? <DryRun {...props} dryRun={dryRun} /> : null}
      </CardContent>
    </Card>
  );
}
