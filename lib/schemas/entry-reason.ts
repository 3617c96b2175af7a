import { z } from "zod";

/**
 * Why someone is put into a room or given power there, typed in and kept in the audit entry:
 * entering a room lets that account read its conversation.
 */
export const entryReasonSchema = z
  .string()
  .trim()
  .min(5, "must say why, in at least 5 characters")
  .max(500, "must be at most 500 characters");
