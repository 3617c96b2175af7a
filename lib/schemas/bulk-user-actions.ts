import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { entryReasonSchema } from "./entry-reason";
import { matrixUserIdSchema, roomAliasSchema, roomIdSchema } from "./matrix-id";
import { noticeBodySchema, userListFiltersSchema } from "./server-notice";
import { PAGE_SIZES } from "./page-size";

/** A bulk request covers at most one page of the users list. */
export const MAX_BULK_USERS = Math.max(...PAGE_SIZES);

const userIds = z
  .array(z.string().trim().pipe(matrixUserIdSchema))
  .min(1, "select at least one user")
  .max(MAX_BULK_USERS, `select at most ${MAX_BULK_USERS} users at a time`)
  // The same user twice would be changed twice and audited twice.
  .transform((ids) => [...new Set(ids)]);

export const bulkUsersSchema = z.object({ userIds });
export type BulkUsersInput = z.infer<typeof bulkUsersSchema>;

const room = z
  .string()
  .trim()
  .pipe(
    z.union([roomIdSchema, roomAliasSchema], {
      error: "must be a room ID (!…) or alias (#…:server)",
    }),
  );

export const bulkJoinRoomSchema = z.object({ userIds, room, reason: entryReasonSchema });
export type BulkJoinRoomInput = z.infer<typeof bulkJoinRoomSchema>;

/**
 * Who gets a server notice: the users selected on one page, or every local user matching the
 * users list's filters, whom the job finds by paging through Synapse's list itself.
 */
export const noticeRecipientsSchema = z.union([
  z.strictObject({ userIds }),
  z.strictObject({ matching: userListFiltersSchema }),
]);
export type NoticeRecipients = z.output<typeof noticeRecipientsSchema>;

export const sendServerNoticesSchema = z.object({
  recipients: noticeRecipientsSchema,
  body: noticeBodySchema,
});
export type SendServerNoticesInput = z.infer<typeof sendServerNoticesSchema>;

/**
 * The console role of whoever asked, when they asked: the job applies the rule of
 * lib/auth/user-target-access.ts to each user with it, as the request did.
 */
const requestedByRole = z.enum(ROLES);

/** The parameters of a bulk change job: what to do to which users (one page's selection). */
export const userBulkParamsSchema = z.discriminatedUnion("change", [
  z.object({ change: z.literal("lock"), userIds, requestedByRole }),
  z.object({ change: z.literal("unlock"), userIds, requestedByRole }),
  z.object({ change: z.literal("deactivate"), userIds, requestedByRole }),
  z.object({ change: z.literal("delete_media"), userIds, requestedByRole }),
  z.object({
    change: z.literal("join_room"),
    userIds,
    room,
    reason: entryReasonSchema,
    requestedByRole,
  }),
  z.object({
    change: z.literal("server_notice"),
    recipients: noticeRecipientsSchema,
    body: noticeBodySchema,
    requestedByRole,
  }),
]);
export type UserBulkParams = z.infer<typeof userBulkParamsSchema>;

/** What happened to one user of a bulk request; `error` is a sentence for the person. */
export type BulkUserResult =
  { userId: string; ok: true } | { userId: string; ok: false; error: string };
