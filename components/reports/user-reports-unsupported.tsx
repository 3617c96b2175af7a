import { Info } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { USER_REPORTS_FILED_SINCE, USER_REPORTS_SINCE } from "@/lib/synapse/user-reports";

/**
 * What the user reports tab says when the homeserver's Synapse predates the admin API for them:
 * not an error of the console's, and nothing to retry; the reports wait in Synapse's database.
 */
export function UserReportsUnsupported({ version }: { version: string | null }) {
  return (
    <Alert data-testid="user-reports-unsupported">
      <Info aria-hidden />
      <AlertTitle>This Synapse cannot list user reports</AlertTitle>
      <AlertDescription>
        <p>
          {version ? `The homeserver runs Synapse ${version}, which` : "The homeserver's Synapse"}{" "}
          answers that it does not know the admin API for reports about users. Synapse{" "}
          {USER_REPORTS_SINCE} added it. Since Synapse {USER_REPORTS_FILED_SINCE}, Synapse keeps the
          reports users file in its database, so after an upgrade they show here.
        </p>
      </AlertDescription>
    </Alert>
  );
}
