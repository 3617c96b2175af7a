import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/layout/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { LifecycleEventsTable } from "@/components/lifecycle/lifecycle-events-table";
import { LifecycleSecret } from "@/components/lifecycle/lifecycle-secret";
import { LifecycleSettingsForm } from "@/components/lifecycle/lifecycle-settings-form";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { countOf } from "@/lib/format/count";
import { hasRole } from "@/lib/auth/roles";
import { groupNamesOf } from "@/lib/lifecycle/group-names";
import {
  countWaitingEvents,
  lastFailedRun,
  listLifecycleEvents,
} from "@/lib/lifecycle/read-events";
import { getLifecycleSettings, toSettingsView } from "@/lib/lifecycle/settings";
import { readLatestVersion } from "@/lib/policy/readable-versions";

export const metadata: Metadata = { title: "Lifecycle events" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The `before` event number from the URL, or undefined for the newest page. */
function beforeOf(value: string | string[] | undefined): bigint | undefined {
  const text = String(value ?? "");
  return /^[1-9]\d{0,18}$/.test(text) ? BigInt(text) : undefined;
}

export default async function LifecyclePage({ searchParams }: Props) {
  const user = await requirePageUser();
  const before = beforeOf((await searchParams).before);
  const [settings, version, found, waiting, failedRun] = await Promise.all([
    getLifecycleSettings().then(toSettingsView),
    readLatestVersion(user.role),
    listLifecycleEvents({ before, take: PAGE_SIZE + 1 }),
    countWaitingEvents(),
    lastFailedRun(),
  ]);
  const events = found.slice(0, PAGE_SIZE);
  const last = events.at(-1);
  const isAdmin = hasRole(user.role, "admin");
  const groups = groupNamesOf(version?.content ?? null);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Lifecycle events"
        description="An identity system tells the console who joined, left, or changed role. Each event changes the policy (a new version) and that user's part of it is applied at once; while Synapse is down, events wait and only each user's latest state is applied."
        actions={
          <IntentLink className={buttonVariants({ variant: "outline" })} href="/policy">
            Policy
          </IntentLink>
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>How events change the policy</CardTitle>
          <CardDescription>
            created adds the user (active, in the group of created users); updated changes the name
            and email given; promoted and demoted add and remove the admin group; revoked makes the
            user inactive.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {isAdmin ? (
            <LifecycleSettingsForm settings={settings} groups={groups} waiting={waiting} />
          ) : (
            <p className="text-sm" data-testid="lifecycle-settings-summary">
              Group of created users: {settings.defaultGroup ?? "none"} · admin group:{" "}
              {settings.adminGroup ?? "none"} · revoked accounts are{" "}
              {settings.eraseOnRevoke ? "erased" : "deactivated"}.
            </p>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Sending events</CardTitle>
          <CardDescription>
            POST each event to <code>/api/v1/lifecycle/events</code> with an admin API token
            (Settings → API tokens), or signed: <code>X-Signature-256: sha256=</code> and the hex
            HMAC-SHA256 of the body with this secret. For mutual TLS, let the reverse proxy check
            the client certificate; the README shows how.
          </CardDescription>
        </CardHeader>
        {isAdmin ? (
          <CardContent>
            <LifecycleSecret hasSecret={settings.hasSecret} />
          </CardContent>
        ) : null}
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Events</CardTitle>
          <CardDescription data-testid="lifecycle-waiting">
            {waiting === 0
              ? "None waits: every event taken is applied."
              : `${countOf(waiting, "event")} waiting to be applied.`}
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {waiting > 0 && failedRun ? (
            <Alert variant="destructive" data-testid="lifecycle-run-failed">
              <AlertTitle>The last run failed; it is tried again each minute</AlertTitle>
              <AlertDescription className="break-words">
                {failedRun.error ?? "No reason was recorded."}{" "}
                <IntentLink className="underline" href={`/jobs/runs/${failedRun.id}`}>
                  The run
                </IntentLink>
              </AlertDescription>
            </Alert>
          ) : null}
          <LifecycleEventsTable events={events} />
          <Pager
            summary={events.length ? `${countOf(events.length, "event")}, newest first` : ""}
            previousHref={before === undefined ? null : "/policy/lifecycle"}
            previousLabel="Newest"
            nextHref={
              found.length > PAGE_SIZE && last ? `/policy/lifecycle?before=${last.seq}` : null
            }
            nextLabel="Older"
          />
        </CardContent>
      </Card>
    </div>
  );
}
