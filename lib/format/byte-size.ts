const UNITS = ["bytes", "KB", "MB", "GB", "TB"] as const;

/** A size for people in decimal units, as file managers show it: "0 bytes", "5.2 MB", "1.3 GB". */
export function formatByteSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "—";
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0)
    return `${Math.round(value).toLocaleString("en")} ${value === 1 ? "byte" : "bytes"}`;
  return `${value.toLocaleString("en", { maximumFractionDigits: value < 10 ? 1 : 0 })} ${UNITS[unit]}`;
}
