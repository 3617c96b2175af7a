import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { signInWithAccessToken, signInWithPassword, withSafeSignInErrors } from "./matrix-sign-in";
import { sessionCallbacks, sessionEvents } from "./session-callbacks";

const HOUR = 60 * 60;

let cached: NextAuthOptions | undefined;

/** Built on first use rather than at import, so `next build` needs no runtime secrets. */
export function getAuthOptions(): NextAuthOptions {
  cached ??= {
    secret: getEnv().NEXTAUTH_SECRET,
    // The cookie's own expiry moves on every call to next-auth; the session row's does not.
    session: { strategy: "jwt", maxAge: getEnv().SESSION_MAX_AGE_HOURS * HOUR },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "matrix-password",
        name: "Matrix account",
        credentials: { userId: { type: "text" }, password: { type: "password" } },
        authorize: (credentials) =>
          withSafeSignInErrors(() =>
            signInWithPassword(credentials?.userId ?? "", credentials?.password ?? ""),
          ),
      }),
      CredentialsProvider({
        id: "matrix-token",
        name: "Access token",
        credentials: { accessToken: { type: "password" } },
        authorize: (credentials) =>
          withSafeSignInErrors(() => signInWithAccessToken(credentials?.accessToken ?? "")),
      }),
    ],
    callbacks: sessionCallbacks,
    events: sessionEvents,
  };
  return cached;
}
