import { z } from "zod";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "@/lib/schemas/text";
import { wholeNumber } from "@/lib/schemas/whole-number";

// Zod runs these even after the URL itself was refused: a text that is no URL is left to that refusal.
const hasNoCredentials = (url: string) => {
  const parsed = URL.parse(url);
  return !parsed || (!parsed.username && !parsed.password);
};

/**
 * The policy's settings as the form sends them: where the policy is pulled from (if anywhere), the
 * bearer token sent there, and the apply guard. The address rules (public addresses only, after
 * DNS) are checked on the server when saved and again at each pull (lib/http/public-address.ts).
 */
export const policySettingsSchema = z
  .object({
    /** Empty means the policy is edited here only. */
    sourceUrl: z
      .string()
      .trim()
      .max(2000)
      .pipe(z.union([z.literal(""), z.url({ protocol: /^https?$/ })]))
      .refine(hasNoCredentials, "may not hold a user name or password: use the bearer token"),
    /**
     * An admin's allowance for the source to be on a private, loopback or link-local address (a
     * policy server inside the network), which also allows plain http.
     */
    sourceAllowPrivate: z.boolean(),
    /** What to do with the stored bearer token: keep it, replace it with sourceToken, or have none. */
    sourceAuth: z.enum(["keep", "replace", "none"]),
    /** The new bearer token, with sourceAuth "replace"; never sent back to the browser. */
    sourceToken: z.string().max(4096).refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
    /** Applying a plan that removes more than this many users or memberships needs the count typed… */
    guardCount: wholeNumber(z.number().min(0).max(1_000_000)),
    /** …or more than this percentage of the managed users. */
    guardPercent: wholeNumber(z.number().min(0).max(100)),
  })
  .refine((input) => !input.sourceUrl.startsWith("http:") || input.sourceAllowPrivate, {
    path: ["sourceUrl"],
    message: "must use https (plain http only with a private address allowed)",
  })
  .refine((input) => input.sourceAuth !== "replace" || input.sourceToken.trim() !== "", {
    path: ["sourceToken"],
    message: "is required to set a new token",
  })
  .refine((input) => input.sourceAuth === "replace" || input.sourceToken === "", {
    path: ["sourceToken"],
    message: "is only taken when setting a new token",
  });

export type PolicySettingsInput = z.input<typeof policySettingsSchema>;
export type PolicySettingsChange = z.output<typeof policySettingsSchema>;
