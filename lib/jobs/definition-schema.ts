// The job form's fields, shared by the form (browser) and the actions (server). The kind's own
// parameter schema is checked on the server, where the registry lives.
import { z } from "zod";
import {
  hasControlCharactersDeep,
  hasNoControlCharacters,
  NO_CONTROL_CHARACTERS,
} from "@/lib/schemas/text";
import { cronProblem, isTimezone } from "./cron";

/**
 * The kinds a saved job may have. A bulk change of users is only ever started from the users list,
 * and a policy apply from a reviewed plan on the Policy page.
 */
export const JOB_KIND_VALUES = [
  "device_scan",
  "stale_device_revoke",
  "token_rotation",
  "policy_reconcile",
  "audit_verify",
  "media_cleanup",
  "stale_device_cleanup",
] as const;
export type SchedulableKind = (typeof JOB_KIND_VALUES)[number];

export function isSchedulableKind(kind: string): kind is SchedulableKind {
  return (JOB_KIND_VALUES as readonly string[]).includes(kind);
}

/** Enough for a revocation of the most devices one run takes; a bigger paste is a mistake. */
const MAX_PARAMS_CHARACTERS = 2_000_000;

/** The parameters as JSON text, as the form's textarea holds them. */
const paramsText = z.string().superRefine((text, context) => {
  if (text.length > MAX_PARAMS_CHARACTERS) {
    context.addIssue({ code: "custom", message: "is too long (at most 2,000,000 characters)" });
    return;
  }
  try {
    const value: unknown = JSON.parse(text || "{}");
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      context.addIssue({ code: "custom", message: "must be a JSON object such as {}" });
    } else if (hasControlCharactersDeep(value)) {
      // PostgreSQL cannot store a NUL in jsonb, and no parameter needs an escape sequence.
      context.addIssue({ code: "custom", message: "may not contain control characters" });
    }
  } catch {
    context.addIssue({ code: "custom", message: "is not valid JSON" });
  }
});

export const jobDefinitionFieldsSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "is required")
      .max(120)
      .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
    kind: z.enum(JOB_KIND_VALUES),
    params: paramsText,
    cron: z.string().trim().max(120),
    timezone: z.string().trim().refine(isTimezone, "is not a known timezone"),
    enabled: z.boolean(),
  })
  .superRefine((value, context) => {
    if (value.cron === "") return;
    const problem = cronProblem(value.cron, value.timezone);
    if (problem) context.addIssue({ code: "custom", path: ["cron"], message: problem });
  });

export type JobDefinitionFields = z.infer<typeof jobDefinitionFieldsSchema>;

export const jobIdSchema = z.object({ id: z.uuid() });
export const jobRunIdSchema = z.object({ runId: z.uuid() });
