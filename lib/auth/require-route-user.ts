import "server-only";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { hasRole, type Role } from "./roles";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The signed-in person a route handler answers, with at least the `minimum` role, or the answer
 * to send instead (401 without a valid session, 403 with too low a role). Like requirePageUser,
 * awaited before anything is read.
 */
export async function requireRouteUser(
  minimum: Role = "viewer",
): Promise<{ user: CurrentUser } | { refusal: Response }> {
  const user = await getCurrentUser();
  if (!user) return { refusal: text(401, "Sign in first.") };
  if (!hasRole(user.role, minimum)) {
    return { refusal: text(403, `This needs the ${minimum} role; you are ${user.role}.`) };
  }
  return { user };
}
