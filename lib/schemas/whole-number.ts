import { z } from "zod";

const MESSAGE = "must be a whole number";

/**
 * A whole number as a form sends it (text) or as JSON does (a number), then checked by `number`.
 * Unlike z.coerce.number(), null, booleans, lists and an empty field are refused rather than
 * read as 0 or 1, so a malformed request cannot turn into a rate limit of 0.
 */
export function wholeNumber(number: z.ZodNumber) {
  return z
    .union([z.number(), z.string()], { error: MESSAGE })
    .transform((value, context) => {
      const text = String(value).trim();
      if (/^-?\d{1,16}$/.test(text)) return Number(text);
      context.addIssue({ code: "custom", message: MESSAGE });
      return z.NEVER;
    })
    .pipe(number.int(MESSAGE));
}
