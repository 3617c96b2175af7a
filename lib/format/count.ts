const NUMBER = new Intl.NumberFormat("en");

/**
 * A number with its noun, in the singular for exactly one: `countOf(1, "device")` is "1 device",
 * `countOf(1200, "device")` is "1,200 devices". Nouns whose plural is not noun + "s" pass it.
 */
export function countOf(count: number, singular: string, plural = `${singular}s`) {
  return `${NUMBER.format(count)} ${count === 1 ? singular : plural}`;
}

/** A list's filtered total in words: "No user reports match", "1 user report matches", "3 … match". */
export function countMatching(count: number, singular: string) {
  if (count === 0) return `No ${singular}s match`;
  return `${countOf(count, singular)} ${count === 1 ? "matches" : "match"}`;
}
