import { formatRunTime } from "@/components/jobs/format-run-time";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PolicySourceView } from "@/lib/policy/settings";
import { PolicySourceForm } from "./policy-source-form";
import { PullNowButton } from "./pull-now-button";

function PullStatus({ settings }: { settings: PolicySourceView }) {
  if (!settings.sourceUrl) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="policy-source-status">
        The policy is edited here; it is not pulled from a URL.
      </p>
    );
  }
  const how = [
    settings.hasToken ? "with a bearer token" : "without a token",
    settings.sourceAllowPrivate ? "private address allowed" : "",
  ].filter(Boolean);
  return (
    <div className="space-y-2 text-sm" data-testid="policy-source-status">
      <p className="break-all">
        Pulled from <code>{settings.sourceUrl}</code> ({how.join(", ")}) before each reconcile.
      </p>
      {!settings.lastPulledAt ? (
        <p className="text-muted-foreground">Not pulled yet.</p>
      ) : settings.lastPullError ? (
        <Alert variant="destructive">
          <AlertTitle>The last pull, at {formatRunTime(settings.lastPulledAt)}, failed</AlertTitle>
          <AlertDescription className="break-words">{settings.lastPullError}</AlertDescription>
        </Alert>
      ) : (
        <p className="flex flex-wrap items-center gap-2">
          <Badge variant="success">pulled</Badge>
          Last pulled at {formatRunTime(settings.lastPulledAt)}.
        </p>
      )}
    </div>
  );
}

const formKey = (settings: PolicySourceView) =>
  JSON.stringify([
    settings.sourceUrl,
    settings.hasToken,
    settings.sourceAllowPrivate,
    settings.guardCount,
    settings.guardPercent,
  ]);

/** Where the policy comes from and the apply guard; admins change them here. */
export function PolicySourceCard({
  settings,
  canChange,
}: {
  settings: PolicySourceView;
  /** Admins set the source and the guard. */
  canChange: boolean;
}) {
  return (
    <Card data-testid="policy-source-card">
      <CardHeader>
        <CardTitle>Source and apply guard</CardTitle>
        <CardDescription>
          Applying a plan that removes more than {settings.guardCount} users or memberships, or more
          than {settings.guardPercent}% of the managed users, needs the count typed back.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <PullStatus settings={settings} />
        {canChange && settings.sourceUrl ? <PullNowButton /> : null}
        {canChange ? (
          // Saved settings come back as new props: a new form starts from them.
          <PolicySourceForm key={formKey(settings)} settings={settings} />
        ) : null}
      </CardContent>
    </Card>
  );
}
