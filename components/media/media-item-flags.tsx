import { Badge } from "@/components/ui/badge";

/** Whether a file is quarantined (and by whom) and whether it is protected from quarantine. */
export function MediaItemQuarantined({ by }: { by: string | null }) {
  if (!by) return <span className="text-muted-foreground">no</span>;
  return (
    <Badge variant="destructive" title={`Quarantined by ${by}`}>
      Quarantined
    </Badge>
  );
}

export function MediaItemProtected({ safe }: { safe: boolean }) {
  if (!safe) return <span className="text-muted-foreground">no</span>;
  return <Badge variant="success">Protected</Badge>;
}
