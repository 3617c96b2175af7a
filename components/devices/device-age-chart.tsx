import type { AgeBucket } from "@/lib/devices/snapshot-reads";

/** Devices by time since last use, as bars; the numbers are in the text, the bars only show size. */
export function DeviceAgeChart({ buckets }: { buckets: AgeBucket[] }) {
  const largest = Math.max(1, ...buckets.map((bucket) => bucket.count));
  return (
    <figure className="grid gap-3">
      <figcaption className="text-sm text-muted-foreground">
        Devices by time since last use, as of the snapshot
      </figcaption>
      <ul aria-label="Device ages" className="grid gap-2">
        {buckets.map((bucket) => (
          <li
            key={bucket.key}
            data-testid="age-bucket"
            className="grid grid-cols-[7rem_1fr_4rem] items-center gap-3 text-sm"
          >
            <span>{bucket.label}</span>
            <span className="h-4 rounded bg-muted" aria-hidden>
              <span
                className={`block h-4 rounded ${bucket.key === "never" ? "bg-amber-500" : "bg-primary"}`}
                style={{ width: `${(bucket.count / largest) * 100}%` }}
              />
            </span>
            <span className="text-right tabular-nums">{bucket.count}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
