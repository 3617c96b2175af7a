import type { UserRedaction } from "@/lib/operations/redact-user-events";
import { formatTimestamp } from "./format-time";
import { RedactionProgress } from "./redaction-progress";

/** The user's redactions Synapse still keeps, the unfinished ones followed until they are done. */
export function UserRedactions({ redactions }: { redactions: UserRedaction[] }) {
  return (
    <ul className="grid gap-4" aria-label="Redactions">
      {redactions.map((redaction) => (
        <li key={redaction.redactId} className="grid gap-1">
          <span className="text-xs text-muted-foreground">
            Last changed {formatTimestamp(redaction.updatedAt)}
          </span>
          <RedactionProgress redactId={redaction.redactId} initial={redaction.progress} />
        </li>
      ))}
    </ul>
  );
}
