import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import type { PageSize } from "@/lib/schemas/page-size";
import type { Role } from "./roles";
import { userForSession } from "./session-user";

/**
 * Who is asking. For an API token (route handlers only), `matrixId` is "token:<name>", the actor
 * every audit entry written for it names, and `apiToken` is the token's name.
 */
export type CurrentUser = {
  matrixId: string;
  role: Role;
  apiToken?: string;
  /** The rows per page the person chose for every list; the lists' default when unset. */
  pageSize?: PageSize;
};

/**
 * The session secret in the cookie, read by decrypting next-auth's JWT. `getServerSession` would
 * do the same and then re-encrypt the token for a cookie a server component cannot set, which took
 * about half of a list page's own time. Only the cookie counts here, not an Authorization header.
 * The JWT's own expiry is not what ends a session (next-auth moves it on every call): the session's
 * row in the database is.
 */
async function sessionSecret(): Promise<string | null> {
  const sealed = sessionCookie(await cookies());
  if (!sealed) return null;
  // `decode` refuses a token that was tampered with.
  const token = await decode({ token: sealed, secret: getEnv().NEXTAUTH_SECRET }).catch(() => null);
  return typeof token?.sessionSecret === "string" && token.sessionSecret !== ""
    ? token.sessionSecret
    : null;
}

type CookieJar = Awaited<ReturnType<typeof cookies>>;

/**
 * next-auth's cookie, split into `.0`, `.1`… when over 4 KB. It is named `__Secure-…` when next-auth
 * saw https (from NEXTAUTH_URL or the request), so both names are read.
 */
function sessionCookie(jar: CookieJar): string | undefined {
  for (const name of ["__Secure-next-auth.session-token", "next-auth.session-token"]) {
    const whole = jar.get(name)?.value;
    if (whole) return whole;
    const chunks = jar
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .sort((a, b) => chunkIndex(a.name) - chunkIndex(b.name));
    if (chunks.length > 0) return chunks.map((chunk) => chunk.value).join("");
  }
  return undefined;
}

const chunkIndex = (cookieName: string) =>
  Number(cookieName.slice(cookieName.lastIndexOf(".") + 1));

/**
 * The signed-in person with their role as the database says now: one query for the session's row
 * and grant, so an ended session, a passed lifetime or a revoked role takes effect at the next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const secret = await sessionSecret();
  return secret ? userForSession(secret) : null;
});
