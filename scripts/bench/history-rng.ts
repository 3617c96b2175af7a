// Seedable randomness for bench:history's generated audit log: the same seed gives the same log.

export type Rng = () => number;

/** mulberry32: a small, fast, seedable generator (Math.random cannot be seeded). */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks by weight: cumulative weights, binary search. */
export function weightedPicker<T>(items: readonly T[], weights: readonly number[]) {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return (rng: Rng): T => {
    const x = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}

/** Zipf-like weights: the first few items take most of the picks. */
export const zipf = (n: number, s: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);

export const pad = (n: number, width: number) => String(n).padStart(width, "0");
export const hex = (rng: Rng, length: number) =>
  Array.from({ length }, () => Math.floor(rng() * 16).toString(16)).join("");
export const uuidFrom = (rng: Rng) =>
  `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}`;
const ROOM_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const roomSuffix = (rng: Rng) =>
  Array.from({ length: 18 }, () => ROOM_CHARS[Math.floor(rng() * ROOM_CHARS.length)]).join("");
