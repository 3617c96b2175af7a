import { cn } from "@/lib/utils";

type Props = {
  label: string;
  /** Items handled so far. */
  value: number;
  /** All items, when known; unknown shows an empty bar. */
  max: number | null;
  /** Full whatever the counts say (a finished run whose total changed meanwhile). */
  complete?: boolean;
  className?: string;
};

/** A labelled progress bar that screen readers and tests read through its aria values. */
export function ProgressBar({ label, value, max, complete = false, className }: Props) {
  const percent = complete ? 100 : max ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max ?? undefined}
      aria-valuenow={value}
      className={cn("h-3 w-full overflow-hidden rounded-full bg-muted", className)}
    >
      <div
        className="h-full bg-primary transition-[width] duration-500"
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
