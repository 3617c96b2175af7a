import "server-only";
import { randomBytes } from "node:crypto";
import { lowerRole, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/actions/action-result";
import { API_TOKEN_PREFIX } from "@/lib/schemas/api-token";
import { hashSecret } from "./secret-hash";
import { isUniqueViolation } from "./unique-violation";

const DAY = 86_400_000;
const LAST_USE_STEP = 60_000;
/** "sct_" and the first 8 random characters: enough to tell tokens apart, far too few to guess. */
const DISPLAY_LENGTH = API_TOKEN_PREFIX.length + 8;

export type ApiTokenStatus = "active" | "expired" | "revoked";

export type ApiTokenRow = {
  id: string;
  name: string;
  role: Role;
  displayPrefix: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  status: ApiTokenStatus;
  /** What the token may do now: its role, lowered to its maker's role now; null when its maker
   * holds no role any more (the token is then refused). */
  actsAs: Role | null;
  /** Why Synapse barred the maker's account at the last check (the token is then refused), or null. */
  makerBarred: string | null;
};

const statusOf = (row: { revokedAt: Date | null; expiresAt: Date }, now: Date): ApiTokenStatus =>
  row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "active";

/**
 * A token never does more than the admin who made it may do now: a maker moved down to operator
 * takes their tokens down with them, and a maker with no role any more leaves them refused, so a
 * token made before someone left does not keep their access.
 */
const actsAs = (role: Role, makerRole: Role | null): Role | null =>
  makerRole ? lowerRole(role, makerRole) : null;

/** The console grants of the tokens' makers now, by Matrix ID. */
async function makerGrants(makers: string[]) {
  const grants = await db.roleGrant.findMany({
    where: { matrixId: { in: [...new Set(makers)] } },
    select: { matrixId: true, role: true, accountBarred: true },
  });
  return new Map(grants.map((grant) => [grant.matrixId, grant]));
}

/** Every token, newest first, with its status and what it may do now. */
export async function findApiTokens(now: Date = new Date()): Promise<ApiTokenRow[]> {
  const rows = await db.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    omit: { tokenHash: true, homeserverId: true },
  });
  const grants = await makerGrants(rows.map((row) => row.createdBy));
  return rows.map((row) => {
    const grant = grants.get(row.createdBy);
    return {
      ...row,
      status: statusOf(row, now),
      actsAs: actsAs(row.role, grant?.role ?? null),
      makerBarred: grant?.accountBarred ?? null,
    };
  });
}

/**
 * Makes a token and returns it with its row: the only time the token itself exists outside the
 * caller's hands, since only its SHA-256 is stored. 32 random bytes, so it cannot be guessed.
 */
export async function createApiToken(input: {
  name: string;
  role: Role;
  expiresInDays: number;
  createdBy: string;
}): Promise<{ token: string; id: string; name: string; displayPrefix: string; expiresAt: Date }> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  try {
    const row = await db.apiToken.create({
      data: {
        name: input.name,
        role: input.role,
        tokenHash: hashSecret(token),
        displayPrefix: token.slice(0, DISPLAY_LENGTH),
        createdBy: input.createdBy,
        expiresAt: new Date(Date.now() + input.expiresInDays * DAY),
      },
    });
    return {
      token,
      id: row.id,
      name: row.name,
      displayPrefix: row.displayPrefix,
      expiresAt: row.expiresAt,
    };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ActionError(
        `A token named "${input.name}" exists already; names are never reused.`,
      );
    }
    throw error;
  }
}

/** Revokes a token that is not revoked yet; its row stays, for the list and the audit. */
export async function revokeApiToken(id: string, revokedBy: string): Promise<{ name: string }> {
  // Conditional, so of two admins revoking at once one succeeds and the other is told.
  const [row] = await db.apiToken.updateManyAndReturn({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date(), revokedBy },
    select: { name: true },
  });
  if (row) return { name: row.name };
  const existing = await db.apiToken.findUnique({ where: { id }, select: { name: true } });
  if (!existing) throw new ActionError("That token does not exist.");
  throw new ActionError(`The token "${existing.name}" was revoked already.`);
}

export type RefusedApiToken = { refused: "unknown" | "expired" | "revoked" | "maker_has_no_role" };

/** The console grant of a token's maker, as a token's use needs it. */
export type TokenMaker = {
  matrixId: string;
  role: Role;
  source: "console" | "synapse_admin";
  /** Why Synapse bars the maker's account as of the last check, or null. */
  accountBarred: string | null;
  /** The last check of the maker's account is 10 minutes old or more. */
  checkDue: boolean;
};

export type ApiTokenBearer = { id: string; name: string; role: Role; maker: TokenMaker };

const ACCOUNT_CHECK_EVERY = 10 * 60_000;

/**
 * An active token with its maker's grant, or why it is refused (unknown, expired, revoked, or its
 * maker holds no role any more). `role` is the token's own; the caller lowers it to the maker's.
 */
export async function getApiTokenBearer(
  token: string,
  now: Date = new Date(),
): Promise<ApiTokenBearer | RefusedApiToken> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return { refused: "unknown" };
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashSecret(token) } });
  if (!row) return { refused: "unknown" };
  const status = statusOf(row, now);
  if (status !== "active") return { refused: status };
  const grant = await db.roleGrant.findUnique({ where: { matrixId: row.createdBy } });
  if (!grant) return { refused: "maker_has_no_role" };
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    maker: {
      matrixId: grant.matrixId,
      role: grant.role,
      source: grant.source,
      accountBarred: grant.accountBarred,
      checkDue: now.getTime() - grant.accountCheckedAt.getTime() >= ACCOUNT_CHECK_EVERY,
    },
  };
}

/** Notes a token's use, at most once a minute. */
export async function noteApiTokenUse(id: string, now: Date = new Date()) {
  // Conditional, so two instances answering at once write once.
  await db.apiToken.updateMany({
    where: {
      id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USE_STEP) } }],
    },
    data: { lastUsedAt: now },
  });
}
