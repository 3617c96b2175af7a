import { IntentLink } from "@/components/ui/intent-link";
import { formatRunTime } from "@/components/jobs/format-run-time";
import { JobsTable } from "@/components/jobs/jobs-table/jobs-table";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { countOf } from "@/lib/format/count";
import type { JobListRow } from "@/lib/jobs/read-jobs";
import type { Drift as LatestDrift } from "@/lib/policy/drift";
import type { VersionRights } from "@/lib/policy/policy-rights";
import { reconcileJobHref } from "./reconcile-job-href";

type Drift = LatestDrift | null;

type Props = {
  drift: Drift;
  /** Saved jobs of kind policy_reconcile. */
  jobs: JobListRow[];
  /** Admins schedule reconciles. */
  canSchedule: boolean;
  /** What the current version may be applied with unattended; null without a version. */
  rights: VersionRights | null;
};

/** When an unattended apply would act below an admin's rights, and how to lift that. */
function RightsLine({ rights }: { rights: VersionRights | null }) {
  if (!rights?.loweredBy) return null;
  const { versionNumber, savedBy } = rights.loweredBy;
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="policy-rights">
      <Badge variant="warning">{rights.role}&apos;s rights</Badge>
      <span>
        Version {versionNumber}, saved by {savedBy}, came after the last plan an admin applied here:
        a reconcile or lifecycle run makes no server admin or room admin, changes no Synapse admin
        or role holder and joins nobody to a room that is not public until an admin makes a plan of
        the current version and applies it (or finds nothing in it to apply).
      </span>
    </p>
  );
}

function DriftLine({ drift }: { drift: Drift }) {
  if (!drift) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="policy-drift">
        No reconcile has compared Synapse with the policy yet.
      </p>
    );
  }
  const found = formatRunTime(drift.checkedAt);
  if (drift.actionCount === 0) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="policy-drift">
        <Badge variant="success">in sync</Badge>
        Synapse matched the policy when checked at {found}.
      </p>
    );
  }
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="policy-drift">
      <Badge variant="warning">drift</Badge>
      <span>
        <IntentLink className="underline underline-offset-4" href={`/policy/plans/${drift.planId}`}>
          {countOf(drift.actionCount, "action")} of drift
        </IntentLink>
        , found at {found} by{" "}
        <IntentLink className="underline underline-offset-4" href={`/jobs/runs/${drift.runId}`}>
          this run
        </IntentLink>
        .
      </span>
    </p>
  );
}

/** Whether Synapse has drifted from the policy, and the saved reconciles that check it. */
export function KeepInSyncCard({ drift, jobs, canSchedule, rights }: Props) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Keep in sync</CardTitle>
        <CardDescription>
          A policy reconcile job compares Synapse with the current version on its schedule: in
          report mode it records the drift, in apply mode it applies the plan (above the removal
          guard it only reports).
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <DriftLine drift={drift} />
        <RightsLine rights={rights} />
        {jobs.length > 0 ? <JobsTable jobs={jobs} /> : null}
        {canSchedule ? (
          <div className="flex flex-wrap gap-2">
            <IntentLink
              className={buttonVariants({ variant: "outline" })}
              href={reconcileJobHref("report")}
            >
              Schedule a report-mode reconcile
            </IntentLink>
            <IntentLink
              className={buttonVariants({ variant: "outline" })}
              href={reconcileJobHref("apply")}
            >
              Schedule an apply-mode reconcile
            </IntentLink>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
