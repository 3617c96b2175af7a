import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { runUserBulkChange } from "@/lib/operations/user-bulk-change";
import { userBulkParamsSchema, type UserBulkParams } from "@/lib/schemas/bulk-user-actions";
import type { JobKindDefinition } from "../job-kind";

/** Locks, unlocks, deactivates or joins to a room the users selected in the users list. */
export const userBulkKind: JobKindDefinition<UserBulkParams> = {
  kind: "user_bulk",
  label: "Bulk change of users",
  params: userBulkParamsSchema,
  run: async (params, context) => runUserBulkChange(await getServiceSynapse(), params, context),
};
