import { Badge } from "@/components/ui/badge";
import type { JoinOutcome } from "@/lib/operations/join-users-to-room";

/** How each user's join went, one line each. */
export function JoinOutcomes({ outcomes }: { outcomes: JoinOutcome[] }) {
  return (
    <ul aria-label="Join results" className="grid gap-2 text-sm">
      {outcomes.map((outcome) => (
        <li key={outcome.userId} className="flex flex-wrap items-center gap-2">
          <Badge variant={outcome.ok ? "success" : "destructive"}>
            {outcome.ok ? "Joined" : "Failed"}
          </Badge>
          <span className="font-mono">{outcome.userId}</span>
          {outcome.ok ? null : <span className="text-muted-foreground">{outcome.error}</span>}
        </li>
      ))}
    </ul>
  );
}
