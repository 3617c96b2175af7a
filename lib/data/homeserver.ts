import "server-only";
import { db } from "@/lib/db";
import type { AuthMethod } from "@/lib/generated/prisma/client";

const ROW_ID = "default";

export function getHomeserverRow() {
  return db.homeserver.findUnique({ where: { id: ROW_ID } });
}

export type HomeserverWrite = {
  baseUrl: string;
  serverName: string;
  authMethod: AuthMethod;
  serviceUserId: string;
  secretEncrypted: string;
  updatedBy: string;
};

/** Replaces the connection; the old service token belongs to the old connection and is dropped. */
export function saveHomeserverRow(data: HomeserverWrite) {
  const values = { ...data, accessTokenEncrypted: null, deviceId: null };
  return db.homeserver.upsert({
    where: { id: ROW_ID },
    create: { id: ROW_ID, ...values },
    update: values,
  });
}

export async function saveServiceToken(accessTokenEncrypted: string, deviceId: string | null) {
  await db.homeserver.update({ where: { id: ROW_ID }, data: { accessTokenEncrypted, deviceId } });
}
