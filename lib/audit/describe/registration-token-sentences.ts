import { countOf } from "@/lib/format/count";
import { fieldsOf, numberOf, type DescribableEntry, type Describe } from "./entry-fields";

const utc = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;

const usesText = (uses: number | undefined) =>
  uses === undefined ? "unlimited uses" : countOf(uses, "use");
const expiryText = (expires: number | undefined) =>
  expires === undefined ? "never expiring" : `expiring ${utc(expires)}`;

/** The limits the entry set, such as "5 uses, expiring 2026-12-31 10:00 UTC"; null is no limit. */
function limits(entry: DescribableEntry): string {
  const input = fieldsOf(entry.input);
  // An update sends only what changed; a create sends both (null for no limit).
  return [
    "usesAllowed" in input ? usesText(numberOf(input, "usesAllowed")) : "",
    "expiresAt" in input ? expiryText(numberOf(input, "expiresAt")) : "",
  ]
    .filter(Boolean)
    .join(", ");
}

/** Sentences of the actions on registration tokens (the token itself is redacted in the entry). */
export const REGISTRATION_TOKEN_SENTENCES: Record<string, Describe> = {
  "registration_token.create": (entry) => `created a registration token (${limits(entry)})`,
  "registration_token.update": (entry) =>
    `changed a registration token to ${limits(entry) || "the same limits"}`,
  "registration_token.delete": () => "deleted a registration token",
};
