import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PageProblemAlert } from "@/components/layout/page-problem-alert";
import { BackgroundUpdates } from "@/components/server/background-updates";
import { BackgroundUpdatesToggle } from "@/components/server/background-updates-toggle";
import { ScheduledTasks } from "@/components/server/scheduled-tasks";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { toPageProblem } from "@/lib/actions/page-problem";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { hasRole } from "@/lib/auth/roles";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { parseScheduledTaskStatus } from "@/lib/schemas/server-page";
import type { ScheduledTaskStatus } from "@/lib/synapse/background-work";

export const metadata: Metadata = { title: "Server" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadPage(status: ScheduledTaskStatus | undefined) {
  try {
    const synapse = await getServiceSynapse();
    const [updates, tasks] = await Promise.all([
      synapse.backgroundUpdates.status(),
      synapse.scheduledTasks.list({ status }),
    ]);
    return { updates, tasks };
  } catch (error) {
    return toPageProblem(error);
  }
}

export default async function ServerPage({ searchParams }: Props) {
  const user = await requirePageUser();
  const status = parseScheduledTaskStatus(await searchParams);
  const result = await loadPage(status);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Server"
        description="The work Synapse does on its own: database migrations in the background and the tasks its scheduler runs."
      />
      {"problem" in result ? (
        <PageProblemAlert title="The homeserver did not answer" problem={result.problem} />
      ) : (
        <>
          <Card>
            <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-4">
              <CardTitle>Background updates</CardTitle>
              {hasRole(user.role, "admin") ? (
                <BackgroundUpdatesToggle enabled={result.updates.enabled} />
              ) : null}
            </CardHeader>
            <CardContent>
              <BackgroundUpdates status={result.updates} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Scheduled tasks</CardTitle>
            </CardHeader>
            <CardContent>
              <ScheduledTasks tasks={result.tasks} status={status} now={new Date()} />
            </CardContent>
          </Card>
        </>
      )}
    </div>
  );
}
