import { IntentLink } from "@/components/ui/intent-link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { countOf } from "@/lib/format/count";
import type { OverdueRevocation } from "@/lib/tokens/revocation-states";

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/**
 * Old tokens whose revocation is overdue (their grace period ended more than a minute ago and they
 * still work), each with why: the last attempt's error, or that none was made.
 */
export function OverdueRevocations({
  userId,
  overdue,
}: {
  userId: string;
  overdue: OverdueRevocation[];
}) {
  if (overdue.length === 0) return null;
  return (
    <Alert variant="destructive" data-testid={`overdue-revocations-${userId}`}>
      <AlertTitle>
        Revocation overdue: {countOf(overdue.length, "old token")} still{" "}
        {overdue.length === 1 ? "works" : "work"}
      </AlertTitle>
      <AlertDescription>
        <ul className="grid gap-1">
          {overdue.map((revocation) => (
            <li key={revocation.deviceId}>
              <span className="font-mono">{revocation.deviceId}</span>, due {when(revocation.dueAt)}
              : {revocation.reason}
              {revocation.runId ? (
                <>
                  {" "}
                  <IntentLink className="underline" href={`/jobs/runs/${revocation.runId}`}>
                    Open the last run
                  </IntentLink>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <p>The worker tries again every minute.</p>
      </AlertDescription>
    </Alert>
  );
}
