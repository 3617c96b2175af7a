import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { hasRole, type Role } from "@/lib/auth/roles";
import type { UserTargeting } from "@/lib/auth/user-target-access";
import { assertUserTargetsAllowed, type UserRefusals } from "@/lib/auth/user-target-refusals";
import { runAudited, type Actor, type AuditTarget } from "@/lib/audit/run-audited";
import { ActionError, type ActionResult } from "./action-result";
import { parseActionInput } from "./parse-action-input";
import { toActionFailure } from "./to-action-failure";

type ActionContext<B> = {
  actor: Actor;
  requestId: string;
  /** Targets the rule refused, for actions that report each user on its own line (`each`). */
  refusedUsers: UserRefusals;
  /** What `readBefore` is reading, started while the audit entry was being written. */
  before: Promise<B> | undefined;
};

/**
 * Who may run an action: the least console role, or, for the few actions open before anyone can
 * sign in (first-run setup), a check of its own that names the actor or throws an ActionError.
 */
type Access<S extends z.ZodType> =
  | { role: Role; authorize?: never }
  | { role?: never; authorize: (input: z.output<S>) => Promise<Actor> };

export type ActionDefinition<S extends z.ZodType, T, B = never> = Access<S> & {
  /** The audit action name, such as "user.set_displayname". */
  name: string;
  input: S;
  /** Whether the action changes anything; reads skip the audit log. */
  mutates: boolean;
  target?: (input: z.output<S>) => AuditTarget;
  /**
   * The users the action changes and how, checked against the one rule of
   * lib/auth/user-target-access.ts before the audit entry and any change; TARGETS_NO_USER when it
   * changes no user. Required, so a new action cannot skip the rule by forgetting it.
   */
  targetsUsers: UserTargeting<z.output<S>>;
  /**
   * A further check of the input against the actor, run after the user-target rule and before the
   * audit entry and any change; it throws an ActionError to refuse (e.g. joining people to a room
   * that is not public needs admin).
   */
  checkAccess?: (input: z.output<S>, actor: Actor) => Promise<void>;
  /**
   * The value the action is about to change, read for the audit's "from" (lib/audit/changes.ts):
   * started once every check has passed, alongside the audit entry's write instead of after it,
   * so an extra Synapse read costs the action little more than the entry alone. `run` gets it as
   * `before` (a read that fails, fails the action inside its audit record).
   */
  readBefore?: (input: z.output<S>) => Promise<B>;
  run: (input: z.output<S>, context: ActionContext<B>) => Promise<T>;
};

type LoadUser = () => Promise<CurrentUser | null>;

async function actorWithRole(minimum: Role, loadUser: LoadUser): Promise<Actor> {
  const user = await loadUser();
  if (!user) throw new ActionError("Your session has ended. Sign in again.");
  if (!hasRole(user.role, minimum)) {
    throw new ActionError(`This needs the ${minimum} role; you are ${user.role}.`);
  }
  return { id: user.matrixId, role: user.role };
}

/**
 * Runs an action for whoever `loadUser` says is asking. The server actions pass the session's
 * user; tests pass one of their own, since there is no request outside Next.js.
 */
export async function runAction<S extends z.ZodType, T, B>(
  definition: ActionDefinition<S, T, B>,
  rawInput: z.input<S>,
  loadUser: LoadUser,
): Promise<ActionResult<T>> {
  const requestId = randomUUID();
  try {
    // A role is checked before parsing, so people without it learn nothing about the input.
    const roleActor = definition.role ? await actorWithRole(definition.role, loadUser) : null;
    const input = parseActionInput(definition.input, rawInput);
    const actor = roleActor ?? (await definition.authorize!(input));
    const refusedUsers = await assertUserTargetsAllowed(definition.targetsUsers, input, actor);
    await definition.checkAccess?.(input, actor);
    const before = definition.mutates ? definition.readBefore?.(input) : undefined;
    // Awaited by `run`; until then a failed read must not count as an unhandled rejection.
    before?.catch(() => undefined);
    const work = () => definition.run(input, { actor, requestId, refusedUsers, before });
    const data = definition.mutates
      ? await runAudited(
          { actor, action: definition.name, target: definition.target?.(input), input, requestId },
          work,
        )
      : await work();
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error, requestId);
  }
}

/**
 * The one wrapper every server action goes through: it checks who is asking on the server, parses
 * the input, checks the users it targets, and runs the work inside an audit record when it changes anything.
 */
export function defineAction<S extends z.ZodType, T, B = never>(
  definition: ActionDefinition<S, T, B>,
) {
  const action = async (rawInput: z.input<S>) => runAction(definition, rawInput, getCurrentUser);
  return Object.assign(action, { definition });
}
