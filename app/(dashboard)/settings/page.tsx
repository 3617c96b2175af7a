import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { PageHeader } from "@/components/layout/page-header";
import { ApiTokens } from "@/components/settings/api-tokens";
import { ChangeConnection } from "@/components/settings/change-connection";
import { CreateApiTokenDialog } from "@/components/settings/create-api-token-dialog";
import { GrantRoleForm } from "@/components/settings/grant-role-form";
import { RoleGrants } from "@/components/settings/role-grants";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findApiTokens } from "@/lib/data/api-tokens";
import { getOutboxCounts } from "@/lib/data/event-deliveries";
import { findRoleGrants } from "@/lib/data/role-grants";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { countOf } from "@/lib/format/count";

export const metadata: Metadata = { title: "Settings" };

const METHOD_LABELS = {
  shared_secret: "Bot registered with the registration shared secret",
  access_token: "Admin access token",
  password: "Admin user and password",
} as const;

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="font-mono text-sm break-all">{value}</dd>
    </div>
  );
}

export default async function SettingsPage() {
  const user = await requirePageUser();
  const isAdmin = user.role === "admin";
  const [homeserver, grants, apiTokens, outbox] = await Promise.all([
    getHomeserverOrThrow(),
    findRoleGrants(),
    // Only admins see the tokens: a name and role say which scripts can do what.
    isAdmin ? findApiTokens() : null,
    isAdmin ? getOutboxCounts() : null,
  ]);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Settings"
        description="The homeserver connection and who may use the console."
      />
      <Card>
        <CardHeader>
          <CardTitle>Homeserver</CardTitle>
          <CardDescription>
            {homeserver.source === "environment"
              ? "Set by the environment (SYNAPSE_URL and its credentials); change it there."
              : "Saved through the setup page."}
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          <dl className="space-y-2">
            <Detail label="URL" value={homeserver.baseUrl} />
            <Detail label="Server name" value={homeserver.serverName} />
            <Detail label="Service account" value={homeserver.serviceUserId ?? "unknown"} />
            <Detail label="Signs in with" value={METHOD_LABELS[homeserver.connection.method]} />
          </dl>
          {isAdmin && homeserver.source === "setup" ? (
            <ChangeConnection baseUrl={homeserver.baseUrl} />
          ) : null}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Console roles</CardTitle>
          <CardDescription>
            Synapse server admins are console admins. Anyone else needs a role: viewers read,
            operators also change users and rooms, admins also delete, deactivate and manage roles.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          {isAdmin ? <GrantRoleForm /> : null}
          <RoleGrants grants={grants} canEdit={isAdmin} currentUserId={user.matrixId} />
        </CardContent>
      </Card>
      {outbox ? (
        <Card>
          <CardHeader>
            <CardTitle>Notifications and webhooks</CardTitle>
            <CardDescription>
              Post what the console does to Matrix rooms, or send it to other systems as signed
              webhooks: {countOf(outbox.rules, "notification rule")},{" "}
              {countOf(outbox.webhooks, "webhook")}
              {outbox.failed > 0
                ? `, ${countOf(outbox.failed, "failed delivery", "failed deliveries")}`
                : ""}
              .
            </CardDescription>
          </CardHeader>
          <CardContent>
            <IntentLink
              className={buttonVariants({ variant: "outline" })}
              href="/settings/notifications"
            >
              Notifications and webhooks
            </IntentLink>
          </CardContent>
        </Card>
      ) : null}
      {apiTokens ? (
        <Card>
          <CardHeader>
            <CardTitle>API tokens</CardTitle>
            <CardDescription>
              Scripts call /api/v1 with <code>Authorization: Bearer sct_…</code>, acting with the
              token&apos;s role until it expires or is revoked, never with more than its
              maker&apos;s role now, and not while Synapse bars its maker&apos;s account. Each token
              is shown once.
            </CardDescription>
          </CardHeader>
          <CardContent className="space-y-6">
            <CreateApiTokenDialog />
            <ApiTokens tokens={apiTokens} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
