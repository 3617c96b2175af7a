import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { hasRole, type Role } from "./roles";

/**
 * The signed-in person a page is for, with at least the `minimum` role. Every page awaits it before
 * it reads anything: Next renders a page beside its layout and streams it even when the layout
 * redirects, so the layout's check alone would let the page's data out.
 */
export async function requirePageUser(minimum: Role = "viewer"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!hasRole(user.role, minimum)) redirect(`/needs-role?role=${minimum}`);
  return user;
}
