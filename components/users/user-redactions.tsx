import type { UserRedaction } from "@/lib/operations/redact-user-events";
import { formatTimestamp } from "./format-time";
import { RedactionProgress } from "./redaction-progress";

/** The user's redactions Synapse still keeps, each followed until it is done. */
export function UserRedactions({ redactions }: { redactions: UserRedaction[] }) {
  if (!redactions.length)
    return (
      <p className="text-sm text-muted-foreground">No redactions of this user&apos;s events.</p>
    );
  return (
    <ul className="grid gap-4" aria-label="Redactions">
      {redactions.map((redaction) => (
        <li key={redaction.redactId} className="grid gap-1">
          <span className="text-xs text-muted-foreground">
            Last changed {formatTimestamp(redaction.updatedAt)}
          </span>
          <RedactionProgress redactId={redaction.redactId} />
        </li>
      ))}
    </ul>
  );
}
