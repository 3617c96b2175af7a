import { Badge } from "@/components/ui/badge";
import type { JobRunStatus } from "@/lib/generated/prisma/enums";

const VARIANTS = {
  queued: "outline",
  running: "secondary",
  succeeded: "success",
  failed: "destructive",
  cancelled: "warning",
} as const;

export function RunStatusBadge({ status }: { status: JobRunStatus }) {
  return (
    <Badge variant={VARIANTS[status]} data-testid="run-status">
      {status}
    </Badge>
  );
}
