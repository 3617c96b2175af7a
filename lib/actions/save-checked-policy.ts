import "server-only";
import { runAudited, type Actor } from "@/lib/audit/run-audited";
import { countOf } from "@/lib/format/count";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { parsePolicy, type PolicyProblem } from "@/lib/policy/document/parse-policy";
import { POLICY_TARGET } from "@/lib/policy/policy-audit";
import { contentHashOf, saveVersion, type NewVersion } from "@/lib/policy/versions";
import { ActionError } from "./action-result";

/** Long enough for any of the parser's messages, short enough for a sentence on a toast. */
const MAX_MESSAGE = 180;

/** Why a document with errors is refused: how many, and the first with its line and column. */
export function describeRefusal(errors: PolicyProblem[]): string {
  const [first] = errors;
  if (!first) return "Nothing was saved.";
  const message =
    first.message.length > MAX_MESSAGE ? `${first.message.slice(0, MAX_MESSAGE)}…` : first.message;
  const more = errors.length > 1 ? ` (and ${countOf(errors.length - 1, "more error")})` : "";
  return `Nothing was saved: line ${first.line}, column ${first.column}: ${message.replace(/\.$/, "")}${more}.`;
}

type SaveRequest = Omit<NewVersion, "author" | "authorRole"> & {
  content: string;
  actor: Actor;
  requestId: string;
  action: string;
};

export type SavedPolicy = { versionId: string; number: number; created: boolean };

/**
 * Saves the document as a version if parsePolicy finds no error in it; else refuses with the
 * first error's line and column, before anything is written (the audit log included). Only a
 * save is audited, with the hash and size of the document, never its content: a policy may
 * hold passwords (corporal's passthrough authCredential). The version keeps the saver's role as
 * the rights a reconcile may apply it with; a lifecycle event's keeps none (policy-rights.ts).
 */
export async function saveCheckedPolicy(request: SaveRequest): Promise<SavedPolicy> {
  const { content, actor, requestId, action, ...version } = request;
  const { serverName } = await getHomeserverOrThrow();
  const errors = parsePolicy(content, { serverName }).problems.filter(
    (problem) => problem.severity === "error",
  );
  if (errors.length > 0) throw new ActionError(describeRefusal(errors));
  const input = {
    message: version.message,
    origin: version.origin,
    contentHash: contentHashOf(content),
    characters: content.length,
  };
  return runAudited({ actor, action, target: POLICY_TARGET, input, requestId }, async () => {
    const authorRole = version.origin === "lifecycle" ? null : (actor.role ?? null);
    const saved = await saveVersion(content, { ...version, author: actor.id, authorRole });
    return { versionId: saved.version.id, number: saved.version.number, created: saved.created };
  });
}
