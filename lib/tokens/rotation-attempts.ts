import "server-only";
import { seal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import type { RotationAttempt } from "@/lib/generated/prisma/client";

export type { RotationAttempt };

/**
 * The attempt of this run at this account, created in state "minting" when there is none yet.
 * `resumed` says an earlier attempt of the same run left it behind (the worker stopped).
 */
export async function beginAttempt(runId: string, userId: string) {
  const existing = await db.rotationAttempt.findUnique({
    where: { runId_userId: { runId, userId } },
  });
  if (existing) return { attempt: existing, resumed: true };
  const attempt = await db.rotationAttempt.create({ data: { runId, userId } });
  return { attempt, resumed: false };
}

/** Stores the token Synapse just minted; the first write after the mint, so nothing is in between. */
export function storeMinted(id: bigint, token: string) {
  return db.rotationAttempt.update({
    where: { id },
    data: { state: "minted", tokenEncrypted: seal(token), issuedAt: new Date(), error: null },
  });
}

export function markDelivered(id: bigint, deviceId: string | null) {
  return db.rotationAttempt.update({ where: { id }, data: { state: "delivered", deviceId } });
}

/** The token was logged out again (or never minted); the copy is dropped. */
export function markDiscarded(id: bigint, error: string) {
  return db.rotationAttempt.update({
    where: { id },
    data: { state: "discarded", tokenEncrypted: null, error },
  });
}

/** Records a failure on an attempt that keeps its token (it could not be logged out). */
export function noteFailure(id: bigint, error: string) {
  return db.rotationAttempt.update({ where: { id }, data: { error } });
}

/**
 * Attempts of other runs at this account that never finished and never will (their run ended:
 * failed, cancelled or gone): their tokens still live. A run still queued or running settles its
 * own attempt when it resumes.
 */
export async function findAbandonedAttempts(userId: string, runId: string) {
  const attempts = await db.rotationAttempt.findMany({
    where: { userId, runId: { not: runId }, state: { in: ["minting", "minted", "delivered"] } },
    orderBy: { id: "asc" },
  });
  if (attempts.length === 0) return [];
  const live = await db.jobRun.findMany({
    where: { id: { in: attempts.map((a) => a.runId) }, status: { in: ["queued", "running"] } },
    select: { id: true },
  });
  const liveIds = new Set(live.map((run) => run.id));
  return attempts.filter((attempt) => !liveIds.has(attempt.runId));
}
