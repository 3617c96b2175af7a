import "server-only";
import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashSecret } from "./secret-hash";

/** Why a session ended, kept on its row. */
export type SessionEndReason =
  | "sign_out"
  | "sign_out_everywhere"
  | "ended_by_admin"
  | "role_revoked"
  | "role_lowered"
  | "server_admin_revoked"
  | "synapse_admin_lost"
  | "user_deactivated"
  | "user_locked"
  | "user_suspended"
  | "user_missing"
  | "password_reset";

type Client = Prisma.TransactionClient;

/**
 * Opens a session for someone who just signed in and returns its secret, the only thing the
 * session cookie carries. Only the secret's SHA-256 is stored, so a copy of the database opens
 * no session.
 */
export async function createSession(input: {
  matrixId: string;
  maxAgeHours: number;
  userAgent: string | null;
}): Promise<string> {
  const secret = randomBytes(32).toString("base64url");
  await db.consoleSession.create({
    data: {
      tokenHash: hashSecret(secret),
      matrixId: input.matrixId,
      expiresAt: new Date(Date.now() + input.maxAgeHours * 3_600_000),
      userAgent: input.userAgent?.slice(0, 400) ?? null,
    },
  });
  // Expired rows stay a month (to see who was signed in when), then go.
  await db.$executeRaw`DELETE FROM console_session WHERE expires_at < now() - interval '30 days'`;
  return secret;
}

export type LiveSession = {
  id: string;
  matrixId: string;
  /** The account was last confirmed with Synapse 10 minutes ago or more. */
  roleCheckDue: boolean;
  /** The person's console role now, or null when they hold none. */
  role: Role | null;
  source: "console" | "synapse_admin" | null;
  /** The rows per page the person chose for every list; null when they never chose. */
  pageSize: number | null;
};

/**
 * The open, unexpired session with this secret and the person's current grant, in one statement
 * (it runs on every request). It also notes the visit, at most once a minute. Times are the
 * database's, so every console instance agrees on them.
 */
export async function getLiveSession(secret: string): Promise<LiveSession | null> {
  const hash = hashSecret(secret);
  const rows = await db.$queryRaw<LiveSession[]>`
    WITH seen AS (
      UPDATE console_session SET last_seen_at = now()
      WHERE token_hash = ${hash} AND ended_at IS NULL AND expires_at > now()
        AND last_seen_at < now() - interval '1 minute'
    )
    SELECT s.id::text AS "id", s.matrix_id AS "matrixId", s.role_checked_at <= now() - interval '10 minutes' AS "roleCheckDue",
           g.role::text AS "role", g.source::text AS "source", p.page_size AS "pageSize"
    FROM console_session s
    LEFT JOIN role_grant g ON g.matrix_id = s.matrix_id
    LEFT JOIN person_preference p ON p.homeserver_id = ${HOMESERVER_ID} AND p.matrix_id = s.matrix_id
    WHERE s.token_hash = ${hash} AND s.ended_at IS NULL AND s.expires_at > now()`;
  return rows[0] ?? null;
}

/** Ends the session with this secret (sign-out); returns whose it was, or null if none was open. */
export async function endSession(secret: string, reason: SessionEndReason) {
  const rows = await db.$queryRaw<{ matrixId: string }[]>`
    UPDATE console_session SET ended_at = now(), end_reason = ${reason}
    WHERE token_hash = ${hashSecret(secret)} AND ended_at IS NULL
    RETURNING matrix_id AS "matrixId"`;
  return rows[0]?.matrixId ?? null;
}

/** Ends every open session of a person; returns how many were open. */
export async function endSessionsOf(
  matrixId: string,
  reason: SessionEndReason,
  client: Client = db,
): Promise<number> {
  return client.$executeRaw`
    UPDATE console_session SET ended_at = now(), end_reason = ${reason}
    WHERE matrix_id = ${matrixId} AND ended_at IS NULL AND expires_at > now()`;
}

/**
 * Takes the person's due re-check for this request: their sessions are marked checked now, and
 * true is returned only to the one request that found the check due, so requests that arrive
 * together ask Synapse (and end the sessions, audited) once.
 */
export async function claimRoleCheck(matrixId: string): Promise<boolean> {
  const claimed = await db.$executeRaw`
    UPDATE console_session SET role_checked_at = now()
    WHERE matrix_id = ${matrixId} AND ended_at IS NULL
      AND role_checked_at <= now() - interval '10 minutes'`;
  return claimed > 0;
}

/** Makes the person's re-check due again (Synapse could not answer it), for the next request. */
export async function releaseRoleCheck(matrixId: string) {
  await db.$executeRaw`
    UPDATE console_session SET role_checked_at = now() - interval '10 minutes'
    WHERE matrix_id = ${matrixId} AND ended_at IS NULL`;
}

/** How many open sessions each of these people has (absent: none). */
export async function countOpenSessions(matrixIds: string[]): Promise<Map<string, number>> {
  const groups = await db.consoleSession.groupBy({
    by: ["matrixId"],
    where: { matrixId: { in: matrixIds }, endedAt: null, expiresAt: { gt: new Date() } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.matrixId, group._count._all]));
}
