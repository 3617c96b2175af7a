import "server-only";
import { randomUUID } from "node:crypto";
import { applyEdits, modify } from "jsonc-parser";
import { ActionError } from "@/lib/actions/action-result";
import { saveCheckedPolicy } from "@/lib/actions/save-checked-policy";
import type { Actor } from "@/lib/audit/run-audited";
import { db } from "@/lib/db";
import type { LifecycleEvent } from "@/lib/generated/prisma/client";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { parseVersionOrThrow } from "@/lib/policy/make-plan";
import { getPolicySettings } from "@/lib/policy/settings";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";
import { latestVersion, StaleBaseError } from "@/lib/policy/versions";
import type { LifecycleEventInput } from "@/lib/schemas/lifecycle";
import { withLifecycleLock } from "./lifecycle-lock";
import { usersAfterEvent } from "./policy-change";
import { getLifecycleSettings } from "./settings";

/** How far ahead of the console's clock an event's time may be (a sender's clock runs a little fast). */
const FUTURE_SLACK_MS = 5 * 60_000;
/** Statuses whose event is part of the user's state (for the "older than" check). */
const IN_FORCE = ["pending", "applied", "failed"];

export type ReceivedEvent = {
  id: string;
  status: string;
  /** True when this ID had been taken before: nothing was done this time. */
  replay: boolean;
  policyVersion: number | null;
  /** Why a superseded or ignored event changed nothing. */
  reason: string | null;
};

const viewOf = (row: LifecycleEvent, replay: boolean): ReceivedEvent => ({
  id: row.eventId,
  status: row.status,
  replay,
  policyVersion: row.policyVersion,
  reason: row.error,
});

/** The latest time of an event already taken for the user, if any. */
async function latestTakenAt(userId: string): Promise<Date | null> {
  const latest = await db.lifecycleEvent.findFirst({
    where: { homeserverId: HOMESERVER_ID, userId, status: { in: IN_FORCE } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  return latest?.at ?? null;
}

/** The refusal of an event the settings give no group for, before anything is written. */
async function groupsOrThrow(event: LifecycleEventInput) {
  const settings = await getLifecycleSettings();
  if ((event.type === "promoted" || event.type === "demoted") && !settings.adminGroup) {
    throw new ActionError(
      `A ${event.type} event needs the admin group, and none is set: an admin sets it under Policy → Lifecycle.`,
    );
  }
  return settings;
}

/** The latest version's content with the users the event leaves, or null when it changes nothing. */
async function contentAfter(event: LifecycleEventInput) {
  const latest = await latestVersion();
  const settings = await groupsOrThrow(event);
  const { serverName } = await getHomeserverOrThrow();
  const users = latest ? (parseVersionOrThrow(latest, serverName).users ?? []) : [];
  const change = usersAfterEvent(users, event, settings);
  if (change.kind !== "changed") return change;
  if (!latest) {
    throw new ActionError(
      "No policy is saved yet: lifecycle events change the policy, so save one first.",
    );
  }
  const edits = modify(latest.content, ["users"], change.users, {
    formattingOptions: { insertSpaces: true, tabSize: 2 },
  });
  return {
    kind: "changed" as const,
    content: applyEdits(latest.content, edits),
    basedOn: latest.number,
  };
}

/** How often an event edits the policy again after a save by someone else came in between. */
const SAVE_TRIES = 3;

/**
 * Saves the event's change as a new version, or says it changes nothing (or nobody it may add).
 * The save is refused when another save (the editor, an import) landed since the read, and the
 * change is then made again on that newer version, so neither overwrites the other.
 */
async function saveChange(event: LifecycleEventInput, actor: Actor) {
  for (let tries = 1; ; tries += 1) {
    const change = await contentAfter(event);
    if (change.kind !== "changed") return change;
    try {
      const saved = await saveCheckedPolicy({
        content: change.content,
        basedOn: change.basedOn,
        message: `Lifecycle event ${event.id}: ${event.type} ${event.userId}`,
        origin: "lifecycle",
        actor,
        // An audit entry of its own, inside the event's entry: request IDs are one per entry.
        requestId: randomUUID(),
        action: "policy.save",
      });
      return { kind: "saved" as const, number: saved.number };
    } catch (error) {
      if (!(error instanceof StaleBaseError) || tries >= SAVE_TRIES) throw error;
    }
  }
}

type Receipt = { actor: Actor };

/** The answer to an ID taken before: the same event is a replay; other content under it is refused. */
function replayOf(known: LifecycleEvent, event: LifecycleEventInput): ReceivedEvent {
  const same =
    known.type === event.type &&
    known.userId === event.userId &&
    known.displayName === (event.displayName ?? null) &&
    known.email === (event.email ?? null) &&
    known.at.getTime() === new Date(event.at).getTime();
  if (!same) {
    throw new ActionError(
      `The event ID ${event.id} was taken already, with other content: give each event its own ID.`,
    );
  }
  return viewOf(known, true);
}

/**
 * While the policy is pulled from a URL, that document is the source of truth and each pull
 * replaces the users an event changed: events are refused, to be sent to that source instead.
 */
async function refuseWhilePulled() {
  const { sourceUrl } = await getPolicySettings();
  if (sourceUrl) {
    throw new ActionError(
      "The policy is pulled from a URL, which would undo each event at the next pull: send the change to that source instead.",
    );
  }
}

/**
 * Takes one lifecycle event, under the lifecycle lock so events change the policy one at a time:
 * an ID taken before is a replay and does nothing; an event older than one already taken for the
 * same user is superseded (a late delivery must not undo a newer change); otherwise the event's
 * change is saved as a new policy version authored by the sender, and the event waits ("pending")
 * for the lifecycle_apply run to apply the user's part. A refusal (no policy, no admin group, a
 * change the policy's checks refuse) leaves the event unrecorded, so a retry once it is fixed works.
 */
export async function receiveLifecycleEvent(
  event: LifecycleEventInput,
  { actor }: Receipt,
): Promise<ReceivedEvent> {
  return withLifecycleLock(async () => {
    const known = await db.lifecycleEvent.findUnique({
      where: { homeserverId_eventId: { homeserverId: HOMESERVER_ID, eventId: event.id } },
    });
    if (known) return replayOf(known, event);
    await refuseWhilePulled();
    if (new Date(event.at).getTime() > Date.now() + FUTURE_SLACK_MS) {
      throw new ActionError(
        `The event's time ${event.at} is in the future: it would make every later event about ${event.userId} look older.`,
      );
    }
    const fields = {
      homeserverId: HOMESERVER_ID,
      eventId: event.id,
      type: event.type,
      userId: event.userId,
      displayName: event.displayName ?? null,
      email: event.email ?? null,
      at: new Date(event.at),
      receivedBy: actor.id,
    };
    // Written once the event is taken, so a refused one leaves no row and the sender may retry it.
    const finish = (data: { status: string; policyVersion?: number; error?: string }) =>
      db.lifecycleEvent.create({ data: { ...fields, ...data } });

    const newer = await latestTakenAt(event.userId);
    if (newer && newer > fields.at) {
      const error = `An event about ${event.userId} from ${newer.toISOString()} was taken already; this older one changes nothing.`;
      return viewOf(await finish({ status: "superseded", error }), false);
    }
    const change = await saveChange(event, actor);
    if (change.kind === "ignored") {
      return viewOf(await finish({ status: "ignored", error: change.reason }), false);
    }
    const policyVersion = change.kind === "saved" ? change.number : undefined;
    // Unchanged still waits: the user's part is applied, in case Synapse drifted from the policy.
    return viewOf(await finish({ status: "pending", policyVersion }), false);
  });
}
