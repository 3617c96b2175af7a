import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IntentLink } from "@/components/ui/intent-link";
import { formatRunTime } from "@/components/jobs/format-run-time";
import { RecentRunsTable } from "@/components/jobs/recent-runs-table";
import { PageHeader } from "@/components/layout/page-header";
import { ApplyPlanDialog } from "@/components/policy/plan/apply-plan-dialog";
import { ImpossibleActions } from "@/components/policy/plan/impossible-actions";
import { PlanActions } from "@/components/policy/plan/plan-actions";
import { PlanCounts } from "@/components/policy/plan/plan-counts";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { countOf } from "@/lib/format/count";
import { actionKey, describeAction } from "@/lib/policy/plan/actions";
import { getPlanForReview, type PlanForReview } from "@/lib/policy/read-plan";
import { isUuid } from "@/lib/schemas/uuid";

export const metadata: Metadata = { title: "Policy plan" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ planId: string }> };

/** Why the plan cannot be applied as it is, or null when it can. */
function applyBlocker(review: PlanForReview): string | null {
  if (review.plan.actions.length === 0) return null;
  if (!review.version || review.latestVersion?.id !== review.version.id) {
    return `This plan was made of version ${review.version?.number ?? "?"}, but the current version is ${review.latestVersion?.number ?? "?"}. Make a new plan of the current version to apply it.`;
  }
  return null;
}

export default async function PolicyPlanPage({ params }: Props) {
  const user = await requirePageUser();
  const { planId } = await params;
  const review = isUuid(planId) ? await getPlanForReview(planId) : null;
  if (!review) notFound();
  const { plan } = review;
  const rows = plan.actions.map((action) => ({
    key: actionKey(action),
    type: action.type,
    sentence: describeAction(action),
  }));
  const impossible = plan.impossible.map((entry) => ({
    sentence: describeAction(entry.action),
    reason: entry.reason,
    remedyRoomId: entry.remedy?.roomId,
  }));
  const blocker = applyBlocker(review);
  const isAdmin = hasRole(user.role, "admin");
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Plan of policy version ${review.version?.number ?? "?"}`}
        description={
          <>
            Made by {review.createdBy} at {formatRunTime(review.createdAt)} from Synapse as it was
            then ·{" "}
            <span data-testid="plan-totals">
              {countOf(rows.length, "action")}, {countOf(review.removals, "removal")}
            </span>
            {review.reconcileRunId ? (
              <>
                {" · found by "}
                <IntentLink className="underline" href={`/jobs/runs/${review.reconcileRunId}`}>
                  a reconcile run
                </IntentLink>
              </>
            ) : null}
          </>
        }
        actions={
          isAdmin && rows.length > 0 && !blocker && review.version ? (
            <ApplyPlanDialog
              planId={review.id}
              versionNumber={review.version.number}
              actionCount={rows.length}
              removals={review.removals}
              allowedRemovals={review.allowedRemovals}
            />
          ) : undefined
        }
      />
      {blocker ? (
        <Alert>
          <AlertTitle>This plan cannot be applied</AlertTitle>
          <AlertDescription>{blocker}</AlertDescription>
        </Alert>
      ) : null}
      {!isAdmin && rows.length > 0 ? (
        <p className="text-sm text-muted-foreground">Only a console admin may apply a plan.</p>
      ) : null}
      {rows.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>Counts</CardTitle>
          </CardHeader>
          <CardContent>
            <PlanCounts rows={rows} />
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>Actions</CardTitle>
          <CardDescription>In the order the apply run takes them.</CardDescription>
        </CardHeader>
        <CardContent>
          <PlanActions rows={rows} />
        </CardContent>
      </Card>
      {plan.warnings.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>Warnings</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="list-inside list-disc space-y-1 text-sm" data-testid="plan-warnings">
              {plan.warnings.map((warning, index) => (
                <li key={index} className="wrap-anywhere">
                  {warning}
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>What cannot be done</CardTitle>
          <CardDescription>Left out of the plan, with why.</CardDescription>
        </CardHeader>
        <CardContent>
          <ImpossibleActions rows={impossible} canFix={isAdmin} />
        </CardContent>
      </Card>
      {review.applyRuns.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>Apply runs</CardTitle>
          </CardHeader>
          <CardContent>
            <RecentRunsTable runs={review.applyRuns} label="Apply runs of this plan" />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
