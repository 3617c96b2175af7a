import { z } from "zod";
import { firstValues, type SearchParams } from "./search-params";

/** Rooms of a space per page of its tree. */
export const SPACE_TREE_PAGE_SIZE = 50;

// Synapse's hierarchy tokens are short opaque strings; anything else in the URL starts at the top.
const spaceFromSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.~-]{1,200}$/)
  .optional()
  .catch(undefined);

/** Where the room page's space tree starts (`spaceFrom`, a token Synapse gave for the next page). */
export function parseSpaceTreeFrom(raw: SearchParams): string | undefined {
  return spaceFromSchema.parse(firstValues(raw).spaceFrom);
}
