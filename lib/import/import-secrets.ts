import "server-only";
import { seal, unseal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import { generatePassword } from "@/lib/operations/create-user";

const at = (importId: string, line: number) => ({ importId_line: { importId, line } });

/** Seals the passwords a file gave, before anything else is stored of the import. */
export function sealGivenPasswords(
  importId: string,
  passwords: ReadonlyMap<number, { userId: string; password: string }>,
) {
  return db.userImportSecret.createMany({
    data: [...passwords].map(([line, { userId, password }]) => ({
      importId,
      line,
      userId,
      sealed: seal(password),
      generated: false,
    })),
  });
}

/**
 * The password a new account of the row gets: the file's, or one generated and sealed before the
 * account is created, so a run resumed after a crash gives it the same one (and can still show it).
 */
export async function passwordForRow(
  importId: string,
  row: { line: number; userId: string; passwordGiven: boolean },
) {
  const { line, userId } = row;
  if (!row.passwordGiven) {
    const password = generatePassword();
    const stored = await db.userImportSecret.createMany({
      data: [{ importId, line, userId, sealed: seal(password), generated: true }],
      skipDuplicates: true,
    });
    if (stored.count === 1) return password;
  }
  // The file's password, or one an earlier attempt generated: the stored one is the one that counts.
  const kept = await db.userImportSecret.findUniqueOrThrow({ where: at(importId, line) });
  return unseal(kept.sealed);
}

/** A given password is forgotten once its row is done; a generated one waits to be shown once. */
export async function forgetGivenPassword(importId: string, line: number) {
  await db.userImportSecret.deleteMany({ where: { importId, line, generated: false } });
}

/** A row's password, whichever it is, forgotten: it went to an account that is not the import's. */
export async function forgetPassword(importId: string, line: number) {
  await db.userImportSecret.deleteMany({ where: { importId, line } });
}

/** Every password the file gave, forgotten (the import is over, or will never run). */
export async function forgetGivenPasswords(importId: string) {
  await db.userImportSecret.deleteMany({ where: { importId, generated: false } });
}

/**
 * The generated passwords, deleted and returned by one statement: whoever asks first gets them,
 * and nobody ever again, however many ask at once.
 */
export async function takeGeneratedPasswords(importId: string) {
  const rows = await db.$queryRaw<Array<{ line: number; user_id: string; sealed: string }>>`
    DELETE FROM user_import_secret
    WHERE import_id = ${importId}::uuid AND generated
    RETURNING line, user_id, sealed`;
  return rows
    .sort((a, b) => a.line - b.line)
    .map((row) => ({ line: row.line, userId: row.user_id, password: unseal(row.sealed) }));
}

export const countGeneratedPasswords = (importId: string) =>
  db.userImportSecret.count({ where: { importId, generated: true } });
