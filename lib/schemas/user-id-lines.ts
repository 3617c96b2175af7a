import { z } from "zod";
import { matrixUserIdSchema } from "./matrix-id";

/** The line as the message shows it: control characters visible, and cut short when long. */
function quoteLine(line: string): string {
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

/**
 * A textarea of Matrix user IDs, one per line, as a list: blank lines are ignored and repeats
 * count once. Refuses a line that is not a user ID, and lists shorter than `min` or longer than `max`.
 */
export function userIdLinesSchema({ min, max }: { min: 0 | 1; max: number }) {
  return z.string().transform((text, context) => {
    const lines = [...new Set(text.split("\n").map((line) => line.trim()))].filter(Boolean);
    const invalid = lines.find((line) => !matrixUserIdSchema.safeParse(line).success);
    if (invalid !== undefined) {
      context.addIssue({
        code: "custom",
        message: `has ${quoteLine(invalid)}, which is not a Matrix user ID such as @alice:example.org`,
      });
      return z.NEVER;
    }
    if (lines.length < min) {
      context.addIssue({ code: "custom", message: "must name at least one user" });
      return z.NEVER;
    }
    if (lines.length > max) {
      context.addIssue({ code: "custom", message: `may name at most ${max} users` });
      return z.NEVER;
    }
    return lines;
  });
}
