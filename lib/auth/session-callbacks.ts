import "server-only";
import type { NextAuthOptions } from "next-auth";
import { headers } from "next/headers";
import { runAudited } from "@/lib/audit/run-audited";
import { createSession, endSession } from "@/lib/data/sessions";
import { getEnv } from "@/lib/env";

async function requestUserAgent(): Promise<string | null> {
  try {
    return (await headers()).get("user-agent");
  } catch {
    // Outside a request (tests, scripts) there are no headers to read.
    return null;
  }
}

/**
 * next-auth's JWT holds nothing but the secret of a session row in our database: the row says who
 * it is, until when (an absolute lifetime from sign-in), and whether it has ended.
 */
export const sessionCallbacks: NonNullable<NextAuthOptions["callbacks"]> = {
  // `user` is set once, right after a sign-in succeeded; later calls pass the token on unchanged.
  jwt: async ({ token, user }) => {
    if (!user) return token;
    const sessionSecret = await createSession({
      matrixId: user.id,
      maxAgeHours: getEnv().SESSION_MAX_AGE_HOURS,
      userAgent: await requestUserAgent(),
    });
    return { sessionSecret };
  },
  // /api/auth/session only says when the cookie expires; who is signed in stays on the server.
  session: ({ session }) => ({ expires: session.expires }),
};

export const sessionEvents: NonNullable<NextAuthOptions["events"]> = {
  /** Sign-out ends the session's row, so a copy of the cookie stops working too. */
  signOut: async ({ token }) => {
    if (!token?.sessionSecret) return;
    const matrixId = await endSession(token.sessionSecret, "sign_out");
    if (!matrixId) return;
    await runAudited(
      {
        actor: { id: matrixId },
        action: "console.sign_out",
        target: { type: "console", id: matrixId },
      },
      async () => ({ sessionsEnded: 1 }),
    );
  },
};
