import { Badge } from "@/components/ui/badge";

const VARIANTS: Record<string, "success" | "secondary" | "warning" | "destructive" | "outline"> = {
  create: "success",
  update: "success",
  unchanged: "secondary",
  skipped: "secondary",
  conflict: "warning",
  invalid: "destructive",
  failed: "destructive",
};

/** A row's verdict ("create", "conflict", …) as a coloured word. */
export function VerdictBadge({ verdict }: { verdict: string }) {
  return <Badge variant={VARIANTS[verdict] ?? "outline"}>{verdict}</Badge>;
}
