import { createHash } from "node:crypto";
import { recordChange } from "@/lib/audit/changes";
import { db } from "@/lib/db";
import type { PolicyVersion } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";

/** The one homeserver the console manages today; every policy row names it. */
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";

export type VersionOrigin = "editor" | "import" | "restore" | "url" | "user_import" | "lifecycle";

export type NewVersion = {
  /** Matrix ID of whoever saved it, or "source:<url>" for a pulled version. */
  author: string;
  /**
   * The rights a reconcile may apply it with (policy-rights.ts): the saver's console role, "admin"
   * for a pulled version, null for a lifecycle event's (the version before it decides).
   */
  authorRole: Role | null;
  message: string;
  origin: VersionOrigin;
  /**
   * The number of the version this content was edited from, for a save that must not overwrite
   * one made meanwhile (it is refused with StaleBaseError); absent, the save is taken as it is.
   */
  basedOn?: number;
};

/** A save edited from a version that is no longer the latest. */
export class StaleBaseError extends Error {
  override name = "StaleBaseError";
}

export function contentHashOf(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

/**
 * Saves the document as the next version. Content identical to the latest version's adds nothing
 * and returns that version (`created: false`), so a pull or a save without edits makes no noise.
 * Numbering is serialized per homeserver by a transaction-scoped advisory lock. A new version is
 * recorded from → to on the current audit entry: its number and content SHA-256 against the
 * latest version's, read under that lock.
 */
export async function saveVersion(
  content: string,
  version: NewVersion,
): Promise<{ version: PolicyVersion; created: boolean }> {
  const contentHash = contentHashOf(content);
  const { basedOn, ...fields } = version;
  const saved = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`policy_version:${HOMESERVER_ID}`}))`;
    const latest = await tx.policyVersion.findFirst({
      where: { homeserverId: HOMESERVER_ID },
      orderBy: { number: "desc" },
    });
    if (basedOn !== undefined && latest?.number !== basedOn) {
      throw new StaleBaseError(
        `The policy changed since version ${basedOn} was read: version ${latest?.number} is the latest now.`,
      );
    }
    if (latest?.contentHash === contentHash) return { version: latest, created: false, latest };
    const created = await tx.policyVersion.create({
      data: {
        homeserverId: HOMESERVER_ID,
        number: (latest?.number ?? 0) + 1,
        content,
        contentHash,
        ...fields,
      },
    });
    return { version: created, created: true, latest };
  });
  if (saved.created) {
    recordChange("version", saved.latest?.number ?? null, saved.version.number);
    recordChange("content_sha256", saved.latest?.contentHash ?? null, contentHash);
  }
  return { version: saved.version, created: saved.created };
}

export function latestVersion(): Promise<PolicyVersion | null> {
  return db.policyVersion.findFirst({
    where: { homeserverId: HOMESERVER_ID },
    orderBy: { number: "desc" },
  });
}

export function getVersion(id: string): Promise<PolicyVersion | null> {
  return db.policyVersion.findFirst({ where: { id, homeserverId: HOMESERVER_ID } });
}

export type VersionSummary = Omit<PolicyVersion, "content">;

/** Newest first, without their content; `before` is a version number (keyset paging). */
export function listVersions(page: { before?: number; take: number }): Promise<VersionSummary[]> {
  return db.policyVersion.findMany({
    where: {
      homeserverId: HOMESERVER_ID,
      ...(page.before === undefined ? {} : { number: { lt: page.before } }),
    },
    orderBy: { number: "desc" },
    take: page.take,
    omit: { content: true },
  });
}
