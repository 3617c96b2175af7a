import { z } from "zod";
import { epochMsSchema, flagSchema, nullableTextSchema } from "./common-schemas";

const threepidSchema = z.looseObject({
  medium: z.string(),
  address: z.string(),
  added_at: z.number().nullish(),
  validated_at: z.number().nullish(),
});

const externalIdSchema = z.looseObject({ auth_provider: z.string(), external_id: z.string() });

/** Fields the user list and the single-user endpoint share. */
const commonUserFields = {
  name: z.string(),
  displayname: nullableTextSchema,
  avatar_url: nullableTextSchema,
  admin: flagSchema,
  deactivated: flagSchema,
  is_guest: flagSchema,
  shadow_banned: flagSchema,
  locked: flagSchema.optional().transform((value) => value ?? false),
  erased: flagSchema.optional(),
  user_type: nullableTextSchema,
  /** Milliseconds since the epoch, whatever unit Synapse used. */
  creation_ts: epochMsSchema.nullable(),
  last_seen_ts: z.number().nullish(),
};

export const userSchema = z.looseObject({
  ...commonUserFields,
  suspended: flagSchema.optional(),
  appservice_id: nullableTextSchema,
  threepids: z.array(threepidSchema).default([]),
  external_ids: z.array(externalIdSchema).default([]),
});
export type SynapseUser = z.output<typeof userSchema>;

export const userListEntrySchema = z.looseObject({
  ...commonUserFields,
  approved: flagSchema.optional(),
});
export type SynapseUserListEntry = z.output<typeof userListEntrySchema>;

export const userListSchema = z.looseObject({
  users: z.array(userListEntrySchema),
  total: z.number(),
  // Synapse sends the next offset as a string; absent on the last page.
  next_token: z
    .union([z.string(), z.number()])
    .optional()
    .transform((value) => value?.toString()),
});
export type SynapseUserList = z.output<typeof userListSchema>;
