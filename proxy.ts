import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath } from "@/lib/auth/public-paths";
import { hasSessionCookieName } from "@/lib/auth/session-cookie";
import { getEnv } from "@/lib/env";
import { SIGNATURE_HEADER } from "@/lib/schemas/lifecycle";
import { isCrossSiteSubmission } from "@/lib/security/cross-site-submission";
import {
  buildContentSecurityPolicy,
  createNonce,
  securityHeaders,
} from "@/lib/security/security-headers";

// The first line of defence only: it sees whether a session cookie is there, not whether it is
// valid. Every page checks the session and role itself (requirePageUser), every action too.

/**
 * Server actions and other posts get a 401. The router's RSC and prefetch requests cannot be told
 * apart here (Next strips their headers before the proxy sees the request); they get the redirect,
 * which the router follows to the sign-in page.
 */
function isSubmission(request: NextRequest): boolean {
  return request.headers.has("next-action") || !["GET", "HEAD"].includes(request.method);
}

function turnAway(request: NextRequest): NextResponse {
  if (isSubmission(request)) {
    return new NextResponse("Sign in first.", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const signIn = request.nextUrl.clone();
  signIn.pathname = "/sign-in";
  signIn.search = "";
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

/**
 * A call to the script API with a bearer header: the route handler checks the token itself, and
 * answers an empty one ("Bearer", as clients send "Bearer " trimmed) with its 401 sentence.
 */
const hasApiBearer = (request: NextRequest) =>
  request.nextUrl.pathname.startsWith("/api/v1/") &&
  /^Bearer\b/i.test(request.headers.get("authorization") ?? "");

/**
 * A lifecycle event signed with the shared secret instead of a token: the route checks the
 * signature itself before reading the event (lib/lifecycle/signature.ts).
 */
const hasLifecycleSignature = (request: NextRequest) =>
  request.nextUrl.pathname === "/api/v1/lifecycle/events" && request.headers.has(SIGNATURE_HEADER);

/** A change a browser sent from another site's page with the session cookie (not a token's). */
const isForgedSubmission = (request: NextRequest, consoleUrl: string | undefined) =>
  !hasApiBearer(request) &&
  !hasLifecycleSignature(request) &&
  isCrossSiteSubmission({
    method: request.method,
    origin: request.headers.get("origin"),
    fetchSite: request.headers.get("sec-fetch-site"),
    hosts: [
      request.headers.get("x-forwarded-host"),
      request.headers.get("host"),
      consoleUrl ? new URL(consoleUrl).host : null,
    ].filter((host) => host !== null),
  });

const refuseForged = () =>
  new NextResponse(
    "This change was sent from another site's page; the console takes changes from its own pages only.\n",
    {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );

/**
 * Turns away requests without a session cookie, and changes sent from another site's page, and
 * sets the security headers on every response.
 */
export function proxy(request: NextRequest): NextResponse {
  const env = getEnv();
  const https = env.NEXTAUTH_URL?.startsWith("https:") ?? false;
  const nonce = createNonce();
  const policy = buildContentSecurityPolicy(nonce, {
    https,
    development: env.NODE_ENV === "development",
  });
  const signedOut =
    !isPublicPath(request.nextUrl.pathname) &&
    !hasSessionCookieName(request.cookies.getAll().map((cookie) => cookie.name)) &&
    !hasApiBearer(request) &&
    !hasLifecycleSignature(request);

  let response: NextResponse;
  if (signedOut) {
    response = turnAway(request);
  } else if (isForgedSubmission(request, env.NEXTAUTH_URL)) {
    response = refuseForged();
  } else if (request.nextUrl.pathname === "/favicon.ico") {
    // Browsers ask for it on their own; the app's icon is public/icon.svg. Without this the
    // not-found page would answer (and signed out, the sign-in page).
    response = NextResponse.redirect(new URL("/icon.svg", request.nextUrl), 308);
  } else {
    // Next reads the nonce from the request's policy and puts it on its own scripts; x-nonce is
    // for ours (next-themes' inline script, see app/layout.tsx). Both replace anything sent in.
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  // Not on built assets (hashed JavaScript and CSS); on everything else, prefetches included,
  // since a prefetch renders the page's data too.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
