import { z } from "zod";
import { matrixUserIdSchema } from "@/lib/schemas/matrix-id";
import { booleanField, roomReferenceSchema, textField } from "./field-types";
import { policyGroupSchema } from "./group-schema";
import { policyJoinedRoomSchema } from "./joined-room-schema";
import { roomDeclarationSchema } from "./room-declaration-schema";

export { policyJoinedRoomSchema } from "./joined-room-schema";
export type { PolicyJoinedRoom } from "./joined-room-schema";
export type { PolicyRoomDeclaration } from "./room-declaration-schema";

// The document is matrix-corporal's policy, schemaVersion 2, taken as it is: every object is loose
// (fields this schema does not name are kept and reported, never dropped), nothing gets a default
// (defaults are the planner's business), and null is taken wherever corporal's Go reader takes it.

/** Corporal's known auth types (corporal/userauth/types.go); it refuses any other. */
export const AUTH_TYPES = [
  "passthrough",
  "plain",
  "md5",
  "sha1",
  "sha256",
  "sha512",
  "bcrypt",
  "rest",
] as const;
export const USER_TYPES = ["bot", "support"] as const;

const AVATAR_URI = /^(?:$|https?:\/\/|data:)/;

export const policyFlagsSchema = z
  .looseObject({
    allowCustomUserDisplayNames: booleanField(
      "When true, display names are set at creation only; when false (default), the policy's name is enforced.",
    ),
    allowCustomUserAvatars: booleanField(
      "When true, avatars are set at creation only; when false (default), the policy's avatar is enforced.",
    ),
    allowCustomPassthroughUserPasswords: booleanField(
      "Gateway only: may passthrough users change their password.",
    ),
    allowUnauthenticatedPasswordResets: booleanField(
      "Gateway only: may anyone reset a password through 3pid checks.",
    ),
    forbidRoomCreation: booleanField("Gateway only: default for users' forbidRoomCreation."),
    forbidEncryptedRoomCreation: booleanField(
      "Gateway only: default for users' forbidEncryptedRoomCreation.",
    ),
    forbidUnencryptedRoomCreation: booleanField(
      "Gateway only: default for users' forbidUnencryptedRoomCreation.",
    ),
    allow3pidLogin: booleanField("Gateway only: let email/phone logins through unchecked."),
  })
  .meta({
    description:
      "Global switches. Only the two allowCustom… profile flags change what the console does.",
  });

export const policyUserSchema = z
  .looseObject({
    id: matrixUserIdSchema.meta({
      description: "Full Matrix ID on this server, e.g. @alice:example.org.",
    }),
    active: z.boolean({ error: "must be true (an account) or false (deactivated)" }).meta({
      description:
        "true: the account exists and is active; false: it is deactivated (or never created).",
    }),
    authType: z
      .enum(AUTH_TYPES, { error: `must be one of ${AUTH_TYPES.join(", ")}` })
      .optional()
      .meta({
        description:
          "passthrough: authCredential is the initial Synapse password. Other types are checked by corporal's gateway only.",
      }),
    authCredential: textField("The password, hash or REST address that authType names."),
    displayName: textField("The user's display name."),
    email: z.email({ error: "must be an email address" }).nullish().meta({
      description:
        "Console addition: the user's email (a threepid). Given at creation; later changes are applied by lifecycle events, which read the user's current email.",
    }),
    avatarUri: z
      .string({ error: "must be text" })
      .regex(AVATAR_URI, "must be an https:// address, a data: URI, or empty for none")
      .nullish()
      .meta({
        description: "An https:// address or a data: URI of the avatar image; empty for none.",
      }),
    joinedRooms: z.array(policyJoinedRoomSchema, { error: "must be a list" }).nullish().meta({
      description:
        "Managed rooms the user is in; they leave managed rooms listed neither here nor in their groups.",
    }),
    forbidRoomCreation: booleanField("Gateway only: forbid this user to create rooms."),
    forbidEncryptedRoomCreation: booleanField(
      "Gateway only: forbid this user to create encrypted rooms.",
    ),
    forbidUnencryptedRoomCreation: booleanField(
      "Gateway only: forbid this user to create unencrypted rooms.",
    ),
    admin: booleanField("Console addition: whether the user is a Synapse server admin."),
    userType: z
      .enum(USER_TYPES, {
        error: `must be one of ${USER_TYPES.join(", ")}, or null for a regular account`,
      })
      .nullable()
      .optional()
      .meta({ description: "Console addition: bot or support, null for a regular account." }),
    groups: z
      .array(z.string({ error: "must be a group's name" }), { error: "must be a list" })
      .nullish()
      .meta({
        description:
          'Console addition: names of the policy\'s "groups" the user belongs to; an active user is in their rooms too.',
      }),
  })
  .meta({ description: "A managed user. Users not listed are left alone." });

/** Hooks belong to corporal's gateway; only what its validator needs of them is checked. */
export const policyHookSchema = z
  .looseObject({ id: z.string({ error: "must be text" }).min(1, "must not be empty") })
  .meta({
    description: "A corporal gateway hook, kept as written; the console does not run hooks.",
  });

export const policyDocumentSchema = z
  .looseObject({
    schemaVersion: z.literal(2, { error: "must be 2 (matrix-corporal's policy schema version)" }),
    identificationStamp: textField(
      "Any text that identifies this policy version, for your own use.",
    ),
    flags: policyFlagsSchema.nullish(),
    managedRoomIds: z.array(roomReferenceSchema, { error: "must be a list" }).nullish().meta({
      description: "Rooms whose membership the policy decides; other rooms are left alone.",
    }),
    hooks: z.array(policyHookSchema, { error: "must be a list" }).nullish(),
    users: z.array(policyUserSchema, { error: "must be a list" }).nullish(),
    rooms: z
      .array(roomDeclarationSchema, { error: "must be a list" })
      .nullish()
      .meta({ description: "Console addition: rooms and spaces created when missing." }),
    groups: z
      .array(policyGroupSchema, { error: "must be a list" })
      .nullish()
      .meta({ description: "Console addition: named sets of managed rooms that users join." }),
  })
  .meta({
    title: "Synapse Console policy (matrix-corporal schemaVersion 2 and console additions)",
  });

export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
export type PolicyUser = z.infer<typeof policyUserSchema>;
export type PolicyFlags = z.infer<typeof policyFlagsSchema>;
