import type { ThreepidMedium } from "@/lib/synapse/threepids";

export type ThreepidQuery = {
  medium: ThreepidMedium;
  /** As Synapse stores it: an email in lower case, a phone number as digits only. */
  address: string;
  /** As people write it, for the page: "bob@example.org", "+44 7700 900123". */
  shown: string;
};

const EMAIL = /^[^\s@:]+@[^\s@]+\.[^\s@]+$/;
/** A phone number as people write it: digits with spaces, dots, dashes, brackets, a leading "+". */
const PHONE = /^\+?[\d\s().-]+$/;
/** E.164 numbers have at most 15 digits; fewer than 7 is more likely part of a user ID. */
const PHONE_DIGITS = { min: 7, max: 15 };

/**
 * The third-party ID a users list search may be, or null: text that reads as an email address or
 * a phone number is looked up in Synapse's third-party IDs besides the name search.
 */
export function toThreepidQuery(search: string | undefined): ThreepidQuery | null {
  const text = search?.trim() ?? "";
  if (EMAIL.test(text)) return { medium: "email", address: text.toLowerCase(), shown: text };
  if (!PHONE.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  if (digits.length < PHONE_DIGITS.min || digits.length > PHONE_DIGITS.max) return null;
  return { medium: "msisdn", address: digits, shown: text };
}
