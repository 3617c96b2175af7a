import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/layout/page-header";
import { CreateNotificationRuleDialog } from "@/components/settings/notifications/create-notification-rule-dialog";
import { CreateWebhookDialog } from "@/components/settings/notifications/create-webhook-dialog";
import { DeliveryLog } from "@/components/settings/notifications/delivery-log";
import { DeliveryStatusFilter } from "@/components/settings/notifications/delivery-status-filter";
import { SubscriptionTable } from "@/components/settings/notifications/subscription-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findDeliveryPage } from "@/lib/data/event-deliveries";
import { findSubscriptions } from "@/lib/data/event-subscriptions";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { jobKindLabel } from "@/lib/jobs/read-jobs";
import {
  parseDeliveryLogQuery,
  SUBSCRIBABLE_JOB_KINDS,
  type DeliveryLogQuery,
} from "@/lib/schemas/event-subscription";
import { firstValues, type SearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "Notifications and webhooks" };

type Props = { searchParams: Promise<SearchParams> };

const logHref = (query: DeliveryLogQuery) => {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.before) params.set("before", query.before);
  const search = params.toString();
  return `/settings/notifications${search ? `?${search}` : ""}#delivery-log`;
};

export default async function NotificationsPage({ searchParams }: Props) {
  // Admins only: rules name rooms and URLs, and the log shows what changed on the server.
  await requirePageUser("admin");
  const query = parseDeliveryLogQuery(firstValues(await searchParams));
  const [homeserver, rules, webhooks, deliveries] = await Promise.all([
    getHomeserverOrThrow(),
    findSubscriptions("room"),
    findSubscriptions("webhook"),
    findDeliveryPage(query),
  ]);
  const jobKinds = SUBSCRIBABLE_JOB_KINDS.map((kind) => ({ kind, label: jobKindLabel(kind) }));
  const jobKindLabels = Object.fromEntries(jobKinds.map(({ kind, label }) => [kind, label]));
  return (
    <div className="space-y-8">
      <PageHeader
        title="Notifications and webhooks"
        description={
          <>
            Tell a Matrix room or another system what the console did: changes from the History and
            job runs that end.{" "}
            <IntentLink
              className="underline underline-offset-4 hover:text-foreground"
              href="/settings"
            >
              Back to Settings
            </IntentLink>
          </>
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>Notification rules</CardTitle>
          <CardDescription>
            Each matching event is posted to the rule&apos;s room as a notice by{" "}
            {homeserver.serviceUserId ?? "the console's service account"}, with the event under{" "}
            <code>org.synapse_console.notification</code> for bots.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          <CreateNotificationRuleDialog
            jobKinds={jobKinds}
            serviceUserId={homeserver.serviceUserId}
          />
          <SubscriptionTable kind="rule" rows={rules} jobKindLabels={jobKindLabels} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Webhooks</CardTitle>
          <CardDescription>
            Each matching event is POSTed as JSON, signed with HMAC-SHA256 (
            <code>X-Console-Signature</code>), retried with backoff. Private and loopback addresses
            only where allowed.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          <CreateWebhookDialog jobKinds={jobKinds} />
          <SubscriptionTable kind="webhook" rows={webhooks} jobKindLabels={jobKindLabels} />
        </CardContent>
      </Card>
      <Card id="delivery-log">
        <CardHeader>
          <CardTitle>Delivery log</CardTitle>
          <CardDescription>
            Every notification and webhook call, newest first. A failed one is tried up to 8 times
            over about an hour, then waits for you to redeliver it.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          <DeliveryStatusFilter current={query.status} hrefOf={(status) => logHref({ status })} />
          <DeliveryLog initial={deliveries} query={query} />
          <Pager
            label="Delivery log pages"
            summary={query.before ? `Older than delivery ${query.before}` : "Newest first"}
            previousHref={query.before ? logHref({ ...query, before: undefined }) : null}
            previousLabel="Newest"
            nextHref={
              deliveries.nextBefore ? logHref({ ...query, before: deliveries.nextBefore }) : null
            }
            nextLabel="Older"
          />
        </CardContent>
      </Card>
    </div>
  );
}
