import { CircleCheck, CircleHelp, CircleSlash, TriangleAlert, type LucideIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import type { AttentionTile, TileTone } from "@/lib/overview/attention-tiles";
import { cn } from "@/lib/utils";

const TONES: Record<
  TileTone,
  { label: string; badge: "success" | "warning" | "outline"; icon: LucideIcon; border: string }
> = {
  calm: { label: "All clear", badge: "success", icon: CircleCheck, border: "" },
  warning: {
    label: "Needs a look",
    badge: "warning",
    icon: TriangleAlert,
    border: "border-warning",
  },
  unknown: { label: "Not checked", badge: "outline", icon: CircleHelp, border: "" },
  problem: {
    label: "Unknown",
    badge: "outline",
    icon: CircleSlash,
    border: "border-destructive/60",
  },
};

const NUMBER = new Intl.NumberFormat("en");

/** One figure: its count, its sentence and a word on whether to worry, all one link to its page. */
function Tile({ tile }: { tile: AttentionTile }) {
  const tone = TONES[tile.tone];
  const Icon = tone.icon;
  return (
    <li>
      <IntentLink
        href={tile.href}
        data-testid={`attention-${tile.id}`}
        data-tone={tile.tone}
        className={cn(
          "flex h-full flex-col gap-2 rounded-xl border bg-card p-4 text-card-foreground shadow-sm transition-colors hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
          tone.border,
        )}
      >
        <div className="flex items-center justify-between gap-2">
          <h3 className="text-sm font-medium text-muted-foreground">{tile.title}</h3>
          <Badge variant={tone.badge}>
            <Icon aria-hidden />
            {tone.label}
          </Badge>
        </div>
        {tile.count === null ? (
          <span className="text-3xl font-semibold text-muted-foreground" aria-hidden>
            –
          </span>
        ) : (
          <span className="text-3xl font-semibold tabular-nums" data-testid="attention-count">
            {NUMBER.format(tile.count)}
          </span>
        )}
        <span className="text-sm" data-testid="attention-sentence">
          {tile.sentence}
        </span>
        {tile.detail ? <span className="text-xs text-muted-foreground">{tile.detail}</span> : null}
      </IntentLink>
    </li>
  );
}

/** The overview's answer to "is anything wrong?": one tile per area that can need a look. */
export function AttentionGrid({ tiles }: { tiles: AttentionTile[] }) {
  return (
    <section aria-labelledby="attention-heading" className="space-y-3">
      <h2 id="attention-heading" className="text-lg font-semibold">
        At a glance
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {tiles.map((tile) => (
          <Tile key={tile.id} tile={tile} />
        ))}
      </ul>
    </section>
  );
}
