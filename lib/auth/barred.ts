// Why an account may not use the console, as Synapse's admin API tells it. No server-only import:
// Settings' client components word the same reasons.

const BARRED = ["deactivated", "locked", "suspended", "no such user"] as const;

/** Why an account may not use the console, in the words of the session end reason. */
export type Barred = (typeof BARRED)[number];

export const isBarred = (text: string): text is Barred =>
  (BARRED as readonly string[]).includes(text);

/** "locked on the homeserver", "gone from the homeserver": a barred account's state in words. */
export const barredOnHomeserver = (reason: string) =>
  reason === "no such user" ? "gone from the homeserver" : `${reason} on the homeserver`;
