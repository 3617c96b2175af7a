import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/database-unavailable";
import { SynapseError } from "@/lib/synapse";
import { ActionError } from "./action-result";

export type PageProblem = { problem: string };

/**
 * For server components: a Synapse or console error becomes a sentence the page shows in place of
 * its data; anything else is rethrown to the error boundary.
 */
export function toPageProblem(error: unknown): PageProblem {
  // Synapse says "you" to the console's service account, not to the person reading the page.
  if (error instanceof SynapseError && error.kind === "forbidden")
    return {
      problem: `${error.message} The console reads Synapse through its service account: check that the service account is still a server admin (Settings shows which account it is).`,
    };
  if (error instanceof SynapseError || error instanceof ActionError)
    return { problem: error.message };
  if (isDatabaseUnavailable(error)) return { problem: DATABASE_UNAVAILABLE_MESSAGE };
  throw error;
}

export function isPageProblem(value: unknown): value is PageProblem {
  return typeof value === "object" && value !== null && "problem" in value;
}
