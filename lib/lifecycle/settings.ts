import "server-only";
import { randomBytes } from "node:crypto";
import { ActionError } from "@/lib/actions/action-result";
import { recordChanges } from "@/lib/audit/changes";
import { seal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import type { LifecycleSettings } from "@/lib/generated/prisma/client";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";
import { latestVersion } from "@/lib/policy/versions";
import type { LifecycleSettingsChange } from "@/lib/schemas/lifecycle";
import { groupNamesOf } from "./group-names";

/** The settings; before any save, prisma/schema.prisma's defaults (no groups, no erase, no secret). */
export async function getLifecycleSettings(): Promise<LifecycleSettings> {
  const row = await db.lifecycleSettings.findUnique({ where: { homeserverId: HOMESERVER_ID } });
  return (
    row ?? {
      homeserverId: HOMESERVER_ID,
      defaultGroup: null,
      adminGroup: null,
      eraseOnRevoke: false,
      secretSealed: null,
      updatedBy: null,
      updatedAt: new Date(0),
    }
  );
}

/** The settings as a page shows them: the secret only as whether there is one. */
export type LifecycleSettingsView = {
  defaultGroup: string | null;
  adminGroup: string | null;
  eraseOnRevoke: boolean;
  hasSecret: boolean;
};

export function toSettingsView(settings: LifecycleSettings): LifecycleSettingsView {
  return {
    defaultGroup: settings.defaultGroup,
    adminGroup: settings.adminGroup,
    eraseOnRevoke: settings.eraseOnRevoke,
    hasSecret: settings.secretSealed !== null,
  };
}

const auditedFields = (settings: LifecycleSettings) => ({
  defaultGroup: settings.defaultGroup,
  adminGroup: settings.adminGroup,
  eraseOnRevoke: settings.eraseOnRevoke,
});

/** Refuses a group the latest policy does not have: every event naming it would be refused. */
async function assertGroupsExist(change: LifecycleSettingsChange) {
  const latest = await latestVersion();
  const known = new Set(groupNamesOf(latest?.content ?? null));
  for (const group of [change.defaultGroup, change.adminGroup]) {
    if (group && !known.has(group)) {
      throw new ActionError(
        `The policy has no group named “${group}”: add it under "groups" first, or choose another.`,
      );
    }
  }
}

/** Saves the groups and the erase choice, recording what changed. */
export async function saveLifecycleSettings(change: LifecycleSettingsChange, by: string) {
  await assertGroupsExist(change);
  const stored = await getLifecycleSettings();
  const saved = await db.lifecycleSettings.upsert({
    where: { homeserverId: HOMESERVER_ID },
    create: { homeserverId: HOMESERVER_ID, ...change, updatedBy: by },
    update: { ...change, updatedBy: by },
  });
  recordChanges(auditedFields(stored), auditedFields(saved));
  return toSettingsView(saved);
}

/**
 * Makes a new signing secret (the old one stops working at once) and returns it, the one time it
 * is shown; `forget` removes it, so signed events are refused until a new one is made.
 */
export async function replaceLifecycleSecret(
  by: string,
  { forget = false }: { forget?: boolean } = {},
): Promise<{ secret: string | null }> {
  const secret = forget ? null : randomBytes(32).toString("base64url");
  const secretSealed = secret === null ? null : seal(secret);
  await db.lifecycleSettings.upsert({
    where: { homeserverId: HOMESERVER_ID },
    create: { homeserverId: HOMESERVER_ID, secretSealed, updatedBy: by },
    update: { secretSealed, updatedBy: by },
  });
  return { secret };
}
