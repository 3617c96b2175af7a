import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole, type Role } from "@/lib/auth/roles";
import { runAudited, type Actor, type AuditTarget } from "@/lib/audit/run-audited";
import type { ActionResult } from "./action-result";
import { toActionFailure } from "./to-action-failure";

type ActionContext = { actor: Actor; requestId: string };

type ActionDefinition<S extends z.ZodType, T> = {
  /** The audit action name, such as "user.set_displayname". */
  name: string;
  /** The least role allowed to run it. */
  role: Role;
  input: S;
  /** Whether the action changes anything; reads skip the audit log. */
  mutates: boolean;
  target?: (input: z.output<S>) => AuditTarget;
  run: (input: z.output<S>, context: ActionContext) => Promise<T>;
};

/**
 * The one wrapper every server action goes through: it loads the session and checks the role on
 * the server, parses the input, and runs the work inside an audit record when it changes anything.
 */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>) {
  return async (rawInput: z.input<S>): Promise<ActionResult<T>> => {
    const requestId = randomUUID();
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
      if (!hasRole(user.role, definition.role)) {
        return { ok: false, error: `This needs the ${definition.role} role; you are ${user.role}.` };
      }
      const input = definition.input.parse(rawInput);
      const actor: Actor = { id: user.matrixId, role: user.role };
      const work = () => definition.run(input, { actor, requestId });
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
  };
}
