import "server-only";
import { randomBytes } from "node:crypto";
import { ActionError } from "@/lib/actions/action-result";
import { noneOf, recordChange, recordChanges } from "@/lib/audit/changes";
import { seal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import type { JobKind, OutcomeFilter, SubscriptionDestination } from "@/lib/generated/prisma/enums";

/** A rule or webhook as the settings page shows it: never its secret. */
export type SubscriptionRow = {
  id: string;
  name: string;
  roomId: string | null;
  roomLabel: string | null;
  webhookUrl: string | null;
  webhookAllowPrivate: boolean;
  actionPrefix: string;
  outcome: OutcomeFilter;
  jobKind: JobKind | null;
  enabled: boolean;
  createdBy: string;
  createdAt: Date;
};

export type EventFilterFields = {
  name: string;
  actionPrefix: string;
  outcome: OutcomeFilter;
  /** "" for any kind. */
  jobKind: JobKind | "";
};

const SHOWN = {
  id: true,
  name: true,
  roomId: true,
  roomLabel: true,
  webhookUrl: true,
  webhookAllowPrivate: true,
  actionPrefix: true,
  outcome: true,
  jobKind: true,
  enabled: true,
  createdBy: true,
  createdAt: true,
} as const;

/** The rules (room) or the webhooks, oldest first. */
export function findSubscriptions(
  destination: SubscriptionDestination,
): Promise<SubscriptionRow[]> {
  return db.eventSubscription.findMany({
    where: { homeserverId: "default", destination },
    orderBy: { createdAt: "asc" },
    select: SHOWN,
  });
}

/** The filter as the audit log records it, from → to. */
const filterOf = (fields: EventFilterFields) => ({
  name: fields.name,
  actionPrefix: fields.actionPrefix,
  outcome: fields.outcome,
  jobKind: fields.jobKind || null,
});

export async function createNotificationRule(
  fields: EventFilterFields & { roomId: string; roomLabel: string; createdBy: string },
): Promise<{ id: string; name: string; roomId: string }> {
  const created = await db.eventSubscription.create({
    data: {
      ...filterOf(fields),
      destination: "room",
      roomId: fields.roomId,
      roomLabel: fields.roomLabel,
      createdBy: fields.createdBy,
    },
    select: { id: true, name: true, roomId: true },
  });
  const recorded = { ...filterOf(fields), roomId: fields.roomId };
  recordChanges(noneOf(recorded), recorded);
  return { id: created.id, name: created.name, roomId: fields.roomId };
}

/** Makes a webhook with a new secret, returned this once (only its sealed form is stored). */
export async function createWebhook(
  fields: EventFilterFields & {
    webhookUrl: string;
    webhookAllowPrivate: boolean;
    createdBy: string;
  },
): Promise<{ id: string; name: string; secret: string }> {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const created = await db.eventSubscription.create({
    data: {
      ...filterOf(fields),
      destination: "webhook",
      webhookUrl: fields.webhookUrl,
      webhookAllowPrivate: fields.webhookAllowPrivate,
      webhookSecretSealed: seal(secret),
      createdBy: fields.createdBy,
    },
    select: { id: true, name: true },
  });
  const recorded = { ...filterOf(fields), webhookAllowPrivate: fields.webhookAllowPrivate };
  recordChanges(noneOf(recorded), recorded);
  return { id: created.id, name: created.name, secret };
}

const NOUN: Record<SubscriptionDestination, string> = {
  room: "notification rule",
  webhook: "webhook",
};

async function getOrThrow(id: string, destination: SubscriptionDestination) {
  const row = await db.eventSubscription.findFirst({
    where: { id, destination, homeserverId: "default" },
    select: { name: true, enabled: true },
  });
  if (!row) throw new ActionError(`That ${NOUN[destination]} does not exist (any more).`);
  return row;
}

/** Deletes a rule or webhook with its deliveries (the log keeps no orphans). */
export async function deleteSubscription(
  id: string,
  destination: SubscriptionDestination,
): Promise<{ name: string }> {
  const row = await getOrThrow(id, destination);
  await db.eventSubscription.deleteMany({ where: { id, destination } });
  recordChange("name", row.name, null);
  return { name: row.name };
}

/** Pauses a rule or webhook (it matches nothing and sends nothing meanwhile) or resumes it. */
export async function setSubscriptionEnabled(
  id: string,
  destination: SubscriptionDestination,
  enabled: boolean,
  updatedBy: string,
): Promise<{ name: string; enabled: boolean }> {
  const row = await getOrThrow(id, destination);
  await db.eventSubscription.updateMany({
    where: { id, destination },
    data: { enabled, updatedBy },
  });
  recordChange("enabled", row.enabled, enabled);
  return { name: row.name, enabled };
}
