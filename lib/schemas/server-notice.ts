import { z } from "zod";
import { matrixUserIdSchema } from "./matrix-id";
import {
  hasNoControlCharacters,
  hasNoControlCharactersButLines,
  NO_CONTROL_CHARACTERS,
} from "./text";
import {
  DEACTIVATED_FILTERS,
  toListUsersParams,
  USER_TYPE_FILTERS,
  type UserListSearch,
} from "./user-list";

/**
 * What the console says when Synapse has no `server_notices` section in its config (Synapse
 * answers 400 "Server notices are not enabled on this server"); the dialogs recognise it and show
 * the section to add.
 */
export const SERVER_NOTICES_OFF =
  "Synapse has server notices turned off. To turn them on, add a server_notices section to homeserver.yaml (system_mxid_localpart names the account notices come from; system_mxid_display_name, system_mxid_avatar_url, room_name, room_avatar_url, room_topic and auto_join are optional) and restart Synapse.";

/** Room for a long announcement, far below Synapse's 64 KiB event limit even in 4-byte characters. */
export const MAX_NOTICE_LENGTH = 8000;

/** The text of a server notice: what each user reads in their "Server Notices" room. */
export const noticeBodySchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(MAX_NOTICE_LENGTH, `must be at most ${MAX_NOTICE_LENGTH} characters`)
  .refine(hasNoControlCharactersButLines, NO_CONTROL_CHARACTERS);

export const sendServerNoticeSchema = z.object({
  userId: z.string().trim().pipe(matrixUserIdSchema),
  body: noticeBodySchema,
});
export type SendServerNoticeInput = z.infer<typeof sendServerNoticeSchema>;

/**
 * The users list's filters (lib/schemas/user-list.ts) as a request names them. Unlike the URL's,
 * nothing here falls back to a default: a filter that fell back to "none" would send the notice
 * to everyone, so a value that does not fit is refused instead.
 */
export const userListFiltersSchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(256)
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS)
    .optional()
    .transform((value) => (value === "" ? undefined : value)),
  admins: z.boolean(),
  guests: z.boolean(),
  hideLocked: z.boolean(),
  type: z.enum(USER_TYPE_FILTERS),
  deactivated: z.enum(DEACTIVATED_FILTERS),
});
export type UserListFilters = z.output<typeof userListFiltersSchema>;

/** The filters of a users list view, leaving out its paging and sort. */
export function filtersOf(search: UserListSearch): UserListFilters {
  const { q, admins, guests, hideLocked, type, deactivated } = search;
  return { q, admins, guests, hideLocked, type, deactivated };
}

/** Synapse's largest users page. */
export const MATCHING_PAGE_SIZE = 100;

/**
 * The Synapse users query for one page of every user matching the filters, oldest account first:
 * accounts created while a job pages through land at the end instead of moving the pages it has
 * not read yet (sorted by name, a new account would push one user past the offset already read).
 */
export function matchingUsersQuery(filters: UserListFilters, from: number) {
  return toListUsersParams({
    ...filters,
    from,
    limit: MATCHING_PAGE_SIZE,
    sort: "creation_ts",
    dir: "asc",
  });
}
