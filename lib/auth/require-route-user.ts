import "server-only";
import { headers } from "next/headers";
import { actorForApiToken, type RefusedTokenUse } from "./api-token-actor";
import { barredOnHomeserver } from "./barred";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { hasRole, type Role } from "./roles";
import { plainText } from "@/lib/api/plain-text";

const REFUSED_TOKEN = {
  unknown: "This API token is not valid.",
  expired: "This API token has expired; an admin can make a new one in Settings.",
  revoked: "This API token was revoked; an admin can make a new one in Settings.",
  maker_has_no_role:
    "The admin who made this API token holds no console role any more, so neither does the token; an admin can make a new one in Settings.",
} as const;

/** What a refused token's caller is told (401). */
function refusalText(refusal: RefusedTokenUse): string {
  if (refusal.refused !== "maker_barred") return REFUSED_TOKEN[refusal.refused];
  const until = refusal.reason === "no such user" ? "" : " until it is not";
  return `The account of the admin who made this API token is ${barredOnHomeserver(refusal.reason)}, so the token is refused${until}; an admin can make a new one in Settings.`;
}

/** The bearer token of `Authorization: Bearer …`, "" for a bearer header without one, or null. */
async function bearerToken(): Promise<string | null> {
  const authorization = (await headers()).get("authorization");
  if (!authorization) return null;
  const match = /^Bearer[ \t]*(.*)$/i.exec(authorization.trim());
  return match ? (match[1] ?? "").trim() : null;
}

/**
 * The API token's actor, or the answer to a refused one (401, nothing written but its last use).
 * The actor's matrixId is "token:<name>", so audit entries name the token.
 */
async function tokenUser(token: string): Promise<CurrentUser | Response> {
  const bearer = token ? await actorForApiToken(token) : { refused: "unknown" as const };
  if ("refused" in bearer) {
    return plainText(401, `${refusalText(bearer)}\n`, {
      "WWW-Authenticate": 'Bearer error="invalid_token"',
    });
  }
  return { matrixId: `token:${bearer.name}`, role: bearer.role, apiToken: bearer.name };
}

/**
 * Who a route handler answers, with at least the `minimum` role, or the answer to send instead
 * (401 without a valid session or API token, 403 with too low a role). An `Authorization: Bearer`
 * header decides alone when present, even beside a session cookie. Like requirePageUser, awaited
 * before anything is read.
 */
export async function requireRouteUser(
  minimum: Role = "viewer",
): Promise<{ user: CurrentUser } | { refusal: Response }> {
  const token = await bearerToken();
  const found = token === null ? await getCurrentUser() : await tokenUser(token);
  if (found instanceof Response) return { refusal: found };
  if (!found) return { refusal: plainText(401, "Sign in first.") };
  if (!hasRole(found.role, minimum)) {
    const who = found.apiToken ? `this token's role is` : "you are";
    return { refusal: plainText(403, `This needs the ${minimum} role; ${who} ${found.role}.`) };
  }
  return { user: found };
}
