import { z } from "zod";
import { matrixUserIdSchema } from "@/lib/schemas/matrix-id";
import { deviceIdSchema } from "@/lib/schemas/opaque-id";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "@/lib/schemas/text";
import { wholeNumber } from "@/lib/schemas/whole-number";

const matrixUserId = z.string().trim().pipe(matrixUserIdSchema);

/**
 * An account's token policy, as the manage and update forms send it. The webhook's address rules
 * (public addresses only, after DNS) are checked on the server when it is saved and again at each
 * delivery (lib/http/public-address.ts); here only its form.
 */
export const tokenPolicySchema = z
  .object({
    userId: matrixUserId,
    maxTokenAgeDays: wholeNumber(z.number().min(1).max(3650)),
    graceMinutes: wholeNumber(
      z
        .number()
        .min(0)
        .max(7 * 24 * 60),
    ),
    /** Empty means no webhook. */
    webhookUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ })]).default(""),
    /**
     * An admin's allowance for this account's webhook to be on a private, loopback or link-local
     * address (a receiver inside the network), which also allows plain http.
     */
    webhookAllowPrivate: z.boolean().default(false),
    /** Empty keeps the stored secret on update; required with a new webhook URL. */
    webhookSecret: z
      .string()
      .max(512)
      .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS)
      .default(""),
    /**
     * The device whose token the account uses now, when the console takes over an existing token:
     * the first rotation then revokes it after the grace period. Empty leaves existing devices alone.
     */
    currentDeviceId: z
      .string()
      .trim()
      .pipe(z.union([z.literal(""), deviceIdSchema], { error: "must be a device ID, or empty" }))
      .default(""),
  })
  .refine((policy) => !policy.webhookUrl.startsWith("http:") || policy.webhookAllowPrivate, {
    path: ["webhookUrl"],
    message: "must use https (plain http only with a private address allowed)",
  });
export type TokenPolicyInput = z.input<typeof tokenPolicySchema>;
export type TokenPolicy = z.output<typeof tokenPolicySchema>;

export const managedUserSchema = z.object({ userId: matrixUserId });

/**
 * The token_rotation job's parameters: one account, several, or none with revokeDueOnly. Every
 * run first revokes the old tokens whose grace period is over, so revokeDueOnly does only that.
 */
export const tokenRotationParamsSchema = z
  .object({
    userId: matrixUserId.optional(),
    userIds: z.array(matrixUserId).max(100).optional(),
    revokeDueOnly: z.boolean().optional(),
  })
  .refine((params) => params.revokeDueOnly || params.userId || params.userIds?.length, {
    message: "name a userId (or userIds), or set revokeDueOnly",
  });
export type TokenRotationParams = z.infer<typeof tokenRotationParamsSchema>;

/** The accounts a rotation's parameters name, without repeats. */
export function rotationUserIds(params: TokenRotationParams): string[] {
  if (params.revokeDueOnly) return [];
  return [...new Set([...(params.userId ? [params.userId] : []), ...(params.userIds ?? [])])];
}
