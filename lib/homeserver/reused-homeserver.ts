import "server-only";
import type { Homeserver } from "./get-homeserver";

// Every page asks for the homeserver before its Synapse call; reading and decrypting the saved row
// each time put a database round trip in front of every one. The connection only changes through
// adoptConnection (which forgets it here) or a restart, so a resolved one is reused for a few
// seconds; a change made by another console instance shows up within that time.
const REUSE_MS = 5_000;

let reused: { homeserver: Homeserver; until: number } | null = null;
let generation = 0;

/** The recently resolved homeserver, or what `load` resolves now (kept unless it is null). */
export async function reuseHomeserver(
  load: () => Promise<Homeserver | null>,
): Promise<Homeserver | null> {
  if (reused && Date.now() < reused.until) return reused.homeserver;
  const started = generation;
  const homeserver = await load();
  // Before setup nothing is kept, so the first connection counts at once; nor is a read that
  // began before the connection changed.
  if (homeserver && started === generation) reused = { homeserver, until: Date.now() + REUSE_MS };
  return homeserver;
}

/** Makes the next lookup read the saved connection again (after a change, or as a restart would). */
export function forgetHomeserver() {
  reused = null;
  generation++;
}
