import { ActionError } from "@/lib/actions/action-result";
import { recordChanges } from "@/lib/audit/changes";
import { seal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import type { PolicySettings } from "@/lib/generated/prisma/client";
import { assertAllowedAddress } from "@/lib/actions/allowed-address";
import type { PolicySettingsChange } from "@/lib/schemas/policy-settings";
import { POLICY_SOURCE } from "./source/fetch-policy-text";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";

/** The policy's settings; before any save, prisma/schema.prisma's defaults (no URL, guard 10 / 10 %). */
export async function getPolicySettings(): Promise<PolicySettings> {
  const row = await db.policySettings.findUnique({ where: { homeserverId: HOMESERVER_ID } });
  return (
    row ?? {
      homeserverId: HOMESERVER_ID,
      sourceUrl: null,
      sourceTokenEncrypted: null,
      sourceAllowPrivate: false,
      lastPulledAt: null,
      lastPullError: null,
      guardCount: 10,
      guardPercent: 10,
      updatedBy: null,
      updatedAt: new Date(0),
    }
  );
}

/** The source columns to store; refuses an address the rules do not allow (checked again at each pull). */
async function sourceFields(change: PolicySettingsChange, stored: PolicySettings) {
  if (!change.sourceUrl) {
    return { sourceUrl: null, sourceTokenEncrypted: null, sourceAllowPrivate: false };
  }
  const allowPrivate = change.sourceAllowPrivate;
  await assertAllowedAddress(change.sourceUrl, { subject: POLICY_SOURCE, allowPrivate });
  const fields = { sourceUrl: change.sourceUrl, sourceAllowPrivate: allowPrivate };
  if (change.sourceAuth === "replace") {
    return { ...fields, sourceTokenEncrypted: seal(change.sourceToken.trim()) };
  }
  if (change.sourceAuth === "none" || !stored.sourceTokenEncrypted) {
    return { ...fields, sourceTokenEncrypted: null };
  }
  // A token kept for another server would be handed to whoever runs the new one.
  if (stored.sourceUrl && new URL(stored.sourceUrl).origin !== new URL(change.sourceUrl).origin) {
    throw new ActionError(
      "The stored bearer token was for another server: set a new token for this URL, or choose no token.",
    );
  }
  return { ...fields, sourceTokenEncrypted: stored.sourceTokenEncrypted };
}

/**
 * The settings as the audit log records their changes: the bearer token only as its sealed form,
 * so a new one shows as a change (the audit redacts the field's values whatever they are).
 */
function settingsOf(settings: PolicySettings) {
  return {
    sourceUrl: settings.sourceUrl,
    sourceToken: settings.sourceTokenEncrypted,
    sourceAllowPrivate: settings.sourceAllowPrivate,
    guardCount: settings.guardCount,
    guardPercent: settings.guardPercent,
  };
}

/**
 * Saves where the policy is pulled from and the apply guard, recording what changed from the
 * settings read first (the defaults before any save). A new (or no) URL forgets the last
 * pull's time and error, which were about the old one.
 */
export async function savePolicySettings(change: PolicySettingsChange, by: string) {
  const stored = await getPolicySettings();
  const source = await sourceFields(change, stored);
  const sameUrl = source.sourceUrl === stored.sourceUrl;
  const data = {
    ...source,
    guardCount: change.guardCount,
    guardPercent: change.guardPercent,
    updatedBy: by,
    ...(sameUrl ? {} : { lastPulledAt: null, lastPullError: null }),
  };
  const saved = await db.policySettings.upsert({
    where: { homeserverId: HOMESERVER_ID },
    create: { homeserverId: HOMESERVER_ID, ...data },
    update: data,
  });
  recordChanges(settingsOf(stored), settingsOf(saved));
  return toSourceView(saved);
}

/** The settings as a page may show them: the token only as whether there is one. */
export type PolicySourceView = {
  sourceUrl: string | null;
  hasToken: boolean;
  sourceAllowPrivate: boolean;
  lastPulledAt: Date | null;
  lastPullError: string | null;
  guardCount: number;
  guardPercent: number;
};

export function toSourceView(settings: PolicySettings): PolicySourceView {
  return {
    sourceUrl: settings.sourceUrl,
    hasToken: settings.sourceTokenEncrypted !== null,
    sourceAllowPrivate: settings.sourceAllowPrivate,
    lastPulledAt: settings.lastPulledAt,
    lastPullError: settings.lastPullError,
    guardCount: settings.guardCount,
    guardPercent: settings.guardPercent,
  };
}

export const getPolicySourceView = async () => toSourceView(await getPolicySettings());
