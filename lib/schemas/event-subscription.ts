import { z } from "zod";
import { JobKind } from "@/lib/generated/prisma/enums";
import { roomAliasSchema, roomIdSchema } from "./matrix-id";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "./text";

// The forms and actions of notification rules and webhooks (Settings → Notifications and webhooks).

export const OUTCOME_FILTERS = ["any", "success", "failure"] as const;
export type OutcomeFilterValue = (typeof OUTCOME_FILTERS)[number];

/** Every job kind the database knows, lifecycle and one-off kinds included. */
export const SUBSCRIBABLE_JOB_KINDS = Object.values(JobKind) as [JobKind, ...JobKind[]];

const name = z
  .string()
  .trim()
  .min(1, "is required")
  .max(80, "is at most 80 characters")
  .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS);

/** What a rule or webhook listens for; the same fields in both. */
const eventFilterFields = {
  name,
  /** Empty matches every action. */
  actionPrefix: z
    .string()
    .trim()
    .max(100, "is at most 100 characters")
    .regex(
      /^[a-z0-9_.]*$/,
      "may use lower-case letters, digits, _ and . (such as user. or token.)",
    ),
  outcome: z.enum(OUTCOME_FILTERS),
  /** Empty for any kind, or no job at all. */
  jobKind: z.union([z.literal(""), z.enum(SUBSCRIBABLE_JOB_KINDS)]),
};

export const createNotificationRuleSchema = z.object({
  ...eventFilterFields,
  /** A room ID, or an alias resolved when the rule is saved. */
  room: z
    .string()
    .trim()
    .pipe(
      z.union([roomIdSchema, roomAliasSchema], {
        error: "must be a room ID such as !abc:example.org or an alias such as #ops:example.org",
      }),
    ),
});
export type CreateNotificationRuleInput = z.input<typeof createNotificationRuleSchema>;

export const createWebhookSchema = z
  .object({
    ...eventFilterFields,
    // Named so the audit log redacts it (a URL may carry a secret in its path).
    webhookUrl: z
      .string()
      .trim()
      .max(2000, "is at most 2,000 characters")
      .pipe(z.url({ protocol: /^https?$/, error: "must be an http or https URL" })),
    /** An admin's allowance for a receiver on a private or loopback address (and plain http). */
    webhookAllowPrivate: z.boolean(),
  })
  .refine((hook) => !hook.webhookUrl.startsWith("http:") || hook.webhookAllowPrivate, {
    path: ["webhookUrl"],
    message: "must use https (plain http only with a private address allowed)",
  });
export type CreateWebhookInput = z.input<typeof createWebhookSchema>;

export const subscriptionIdSchema = z.object({ id: z.uuid() });

export const setSubscriptionEnabledSchema = z.object({ id: z.uuid(), enabled: z.boolean() });

/** A delivery's row number in the outbox. */
export const deliveryIdSchema = z.object({
  id: z.string().regex(/^[1-9][0-9]{0,17}$/, "must be a delivery number"),
});

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;

/** The delivery log's filter, as its URL and its polling action carry it. */
export const deliveryLogQuerySchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  /** Keyset paging: rows with a lower ID than this one. */
  before: z
    .string()
    .regex(/^[1-9][0-9]{0,17}$/)
    .optional(),
});
export type DeliveryLogQuery = z.output<typeof deliveryLogQuerySchema>;

/** The filter from the page's search params; a value that does not parse is left out. */
export function parseDeliveryLogQuery(raw: Record<string, string | undefined>): DeliveryLogQuery {
  const status = deliveryLogQuerySchema.shape.status.safeParse(raw.status || undefined);
  const before = deliveryLogQuerySchema.shape.before.safeParse(raw.before || undefined);
  return {
    status: status.success ? status.data : undefined,
    before: before.success ? before.data : undefined,
  };
}
