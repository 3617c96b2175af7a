"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { getUserRedactionStatus } from "@/lib/actions/get-user-redaction-status";
import { countOf } from "@/lib/format/count";
import type { RedactionProgress as ProgressData } from "@/lib/operations/redact-user-events";

const POLL_MS = 1000;
const FINISHED = new Set(["complete", "failed"]);

const STATUS_WORDS: Record<string, string> = {
  scheduled: "waiting to start",
  active: "redacting",
  complete: "done",
  failed: "failed",
};

/**
 * Polls Synapse's progress on a user's redaction until it is done or has failed. `initial` is the
 * progress the page already read (from the task list): a finished redaction is then not asked for.
 */
export function RedactionProgress({
  redactId,
  initial,
}: {
  redactId: string;
  initial?: ProgressData | null;
}) {
  const query = useQuery({
    queryKey: ["users", "redact-status", redactId],
    queryFn: () => getUserRedactionStatus({ redactId }),
    initialData: initial ? { ok: true as const, data: initial } : undefined,
    staleTime: POLL_MS,
    refetchInterval: (current) => {
      const result = current.state.data;
      return result && (!result.ok || FINISHED.has(result.data.status)) ? false : POLL_MS;
    },
  });
  const result = query.data;
  if (!result) return <p className="text-sm text-muted-foreground">Asking Synapse…</p>;
  if (!result.ok) return <p className="text-sm text-destructive">{result.error}</p>;
  const { status, error, failedRedactions } = result.data;

  return (
    <div className="grid gap-2 text-sm" role="status" aria-label={`Redaction ${redactId}`}>
      <p className="flex flex-wrap items-center gap-2">
        Redaction
        <Badge
          variant={
            status === "failed" ? "destructive" : status === "complete" ? "success" : "secondary"
          }
        >
          {STATUS_WORDS[status] ?? status}
        </Badge>
        <span className="font-mono text-xs text-muted-foreground">{redactId}</span>
      </p>
      {error ? <p className="text-destructive">{error}</p> : null}
      {status === "complete" && failedRedactions.length === 0 ? (
        <p>Every message found was redacted.</p>
      ) : null}
      {failedRedactions.length ? (
        <div className="grid gap-1">
          <p className="text-destructive">
            {countOf(failedRedactions.length, "event")} could not be redacted:
          </p>
          <ul className="grid gap-1">
            {failedRedactions.map((failed) => (
              <li key={failed.eventId}>
                <span className="font-mono text-xs">{failed.eventId}</span>: {failed.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
