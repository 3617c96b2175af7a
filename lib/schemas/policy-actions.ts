import { z } from "zod";
import { hasNoControlCharacters, NO_CONTROL_CHARACTERS } from "./text";

/**
 * The longest policy document taken, in characters: a policy of 20,000 users with a few rooms
 * each. next.config.ts lets a server action's body be this big.
 */
export const MAX_POLICY_CHARACTERS = 8_000_000;

/** The document as text, exactly as it will be stored; what it says is checked by parsePolicy. */
const policyContent = z
  .string()
  .max(MAX_POLICY_CHARACTERS, "is too long (at most 8,000,000 characters)");

/** What a saved version says about itself in the list, like a commit message. */
export const versionMessageSchema = z
  .string()
  .trim()
  .min(1, "is required: say what changed")
  .max(500, "must be at most 500 characters")
  .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS);

export const savePolicySchema = z.object({ content: policyContent, message: versionMessageSchema });

export const importPolicySchema = z.object({
  content: policyContent,
  /** The uploaded file's name, for the version's message. */
  fileName: z
    .string()
    .trim()
    .min(1, "is required")
    .max(255, "must be at most 255 characters")
    .refine(hasNoControlCharacters, NO_CONTROL_CHARACTERS),
});

export const restorePolicySchema = z.object({ versionId: z.uuid("must be a version ID") });

export const makePolicyPlanSchema = z.object({ versionId: z.uuid("must be a version ID") });

export const applyPolicyPlanSchema = z.object({
  planId: z.uuid("must be a plan ID"),
  /** The removals as the person typed them back, when the plan is above the guard. */
  confirmedRemovals: z
    .number("must be a whole number")
    .int("must be a whole number")
    .min(0, "must not be negative")
    .max(10_000_000, "is more than any plan removes")
    .optional(),
});
