import { z } from "zod";
import { matrixUserIdSchema } from "./matrix-id";

/** What the console says where Synapse has no account validity. */
export const ACCOUNT_VALIDITY_OFF =
  "This server does not use account validity: accounts do not expire, so there is nothing to renew. It is turned on by the account_validity section of homeserver.yaml (or a module such as synapse-email-account-validity).";

/** A renewal: by the server's own validity period, or to a chosen date and time. */
export const renewAccountValiditySchema = z.object({
  userId: z.string().trim().pipe(matrixUserIdSchema),
  /** The new expiry in ms since the epoch (the form reads a local date-time); null renews by the server's period. */
  expiresAtMs: z
    .number({ message: "must be a date and time" })
    .int("must be a date and time")
    .min(Date.UTC(2000, 0, 1), "must be a date and time after 2000")
    .max(Date.UTC(9999, 11, 31), "must be a date and time before 10000")
    .nullable(),
  renewalEmails: z.boolean(),
});
export type RenewAccountValidityInput = z.infer<typeof renewAccountValiditySchema>;
