import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { clientAddressFrom } from "./client-address";
import { signInWithAccessToken, signInWithPassword, withSafeSignInErrors } from "./matrix-sign-in";
import { sessionCallbacks, sessionEvents } from "./session-callbacks";

const HOUR = 60 * 60;

/** next-auth hands authorize() the request's headers only; see lib/auth/client-address.ts. */
const clientAddressOf = (request: { headers?: Record<string, unknown> }) =>
  clientAddressFrom(request.headers ?? {}, getEnv().TRUSTED_PROXIES);

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
        authorize: (credentials, request) =>
          withSafeSignInErrors(() =>
            signInWithPassword(
              credentials?.userId ?? "",
              credentials?.password ?? "",
              clientAddressOf(request),
            ),
          ),
      }),
      CredentialsProvider({
        id: "matrix-token",
        name: "Access token",
        credentials: { accessToken: { type: "password" } },
        authorize: (credentials, request) =>
          withSafeSignInErrors(() =>
            signInWithAccessToken(credentials?.accessToken ?? "", clientAddressOf(request)),
          ),
      }),
    ],
    callbacks: sessionCallbacks,
    events: sessionEvents,
  };
  return cached;
}
