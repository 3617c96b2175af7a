import "server-only";
import { db } from "@/lib/db";

const ROW_ID = "default";

export function getSetupTokenRow() {
  return db.setupToken.findUnique({ where: { homeserverId: ROW_ID } });
}

/** Keeps the first token stored: when several instances start at once, all end up with that one. */
export async function createSetupTokenRow(tokenEncrypted: string) {
  await db.setupToken.createMany({
    data: [{ homeserverId: ROW_ID, tokenEncrypted }],
    skipDuplicates: true,
  });
  return db.setupToken.findUniqueOrThrow({ where: { homeserverId: ROW_ID } });
}

/** For a token sealed with an earlier SECRETS_KEY, which nothing can read any more. */
export function replaceSetupTokenRow(tokenEncrypted: string) {
  return db.setupToken.upsert({
    where: { homeserverId: ROW_ID },
    create: { homeserverId: ROW_ID, tokenEncrypted },
    update: { tokenEncrypted, createdAt: new Date() },
  });
}
