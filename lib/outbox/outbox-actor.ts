import type { Actor } from "@/lib/audit/run-audited";

/** Who the History names for the outbox's own sends: no person asked for them. */
export const OUTBOX_ACTOR: Actor = { id: "console:notifications" };
