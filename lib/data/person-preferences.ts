import "server-only";
import { db } from "@/lib/db";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";
import type { PageSize } from "@/lib/schemas/page-size";

/** Remembers the rows per page a person chose for every list (read with their session). */
export async function savePageSize(matrixId: string, pageSize: PageSize) {
  await db.personPreference.upsert({
    where: { homeserverId_matrixId: { homeserverId: HOMESERVER_ID, matrixId } },
    create: { homeserverId: HOMESERVER_ID, matrixId, pageSize },
    update: { pageSize },
  });
}
