import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/layout/page-header";
import { PolicyWorkspace } from "@/components/policy/editor/policy-workspace";
import type { JsonSchema } from "@/components/policy/editor/schema-hints";
import { UnsavedEditsProvider } from "@/components/policy/editor/unsaved-edits";
import { MakePlanButton } from "@/components/policy/plan/make-plan-button";
import { KeepInSyncCard } from "@/components/policy/sync/keep-in-sync-card";
import { PolicySourceCard } from "@/components/policy/sync/policy-source-card";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { formatRunTime } from "@/components/jobs/format-run-time";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { getHomeserver } from "@/lib/homeserver/get-homeserver";
import { findJobDefinitions } from "@/lib/jobs/read-jobs";
import { policyJsonSchema } from "@/lib/policy/document/json-schema";
import { latestDrift } from "@/lib/policy/drift";
import { rightsOfVersion } from "@/lib/policy/policy-rights";
import { getPolicySourceView } from "@/lib/policy/settings";
import { hidesCredentials, readLatestVersion } from "@/lib/policy/readable-versions";

export const metadata: Metadata = { title: "Policy" };
// The current version and the drift change with every save and reconcile.
export const dynamic = "force-dynamic";

export default async function PolicyPage() {
  const user = await requirePageUser();
  const [version, homeserver, drift, jobs, source] = await Promise.all([
    readLatestVersion(user.role),
    getHomeserver().catch(() => null),
    latestDrift(),
    findJobDefinitions(),
    getPolicySourceView(),
  ]);
  const rights = version ? await rightsOfVersion(version.number) : null;
  const isAdmin = hasRole(user.role, "admin");
  const canEdit = hasRole(user.role, "operator");
  const link = buttonVariants({ variant: "outline" });
  return (
    <UnsavedEditsProvider>
      <div className="space-y-6">
        <PageHeader
          title="Policy"
          description={
            version ? (
              <span data-testid="policy-current-version">
                Version {version.number} · saved {formatRunTime(version.createdAt)} by{" "}
                {version.author} · “{version.message}”
              </span>
            ) : (
              "No version saved yet: write the policy below or import a file."
            )
          }
          actions={
            <>
              <IntentLink className={link} href="/policy/versions">
                Versions
              </IntentLink>
              <IntentLink className={link} href="/policy/lifecycle">
                Lifecycle
              </IntentLink>
              {version ? (
                <a className={link} href="/api/v1/policy/export" download>
                  Export
                </a>
              ) : null}
              {version && canEdit ? (
                <MakePlanButton versionId={version.id} versionNumber={version.number} />
              ) : null}
            </>
          }
        />
        {homeserver ? (
          <PolicyWorkspace
            key={version?.id ?? "none"}
            savedText={version?.content ?? null}
            savedVersion={version?.number ?? null}
            serverName={homeserver.serverName}
            userId={user.matrixId}
            schema={policyJsonSchema() as JsonSchema}
            canEdit={canEdit}
            credentialsMasked={hidesCredentials(user.role)}
          />
        ) : (
          <Alert>
            <AlertTitle>No homeserver connected</AlertTitle>
            <AlertDescription>
              A policy names users and rooms of one server; connect it under Settings first.
            </AlertDescription>
          </Alert>
        )}
        <KeepInSyncCard
          drift={drift}
          jobs={jobs.filter((job) => job.kind === "policy_reconcile")}
          canSchedule={isAdmin}
          rights={rights}
        />
        <PolicySourceCard settings={source} canChange={isAdmin} />
      </div>
    </UnsavedEditsProvider>
  );
}
