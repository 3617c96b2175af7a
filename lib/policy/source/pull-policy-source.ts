import { unseal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { PublicGetError } from "@/lib/http/get-public";
import { RefusedAddressError } from "@/lib/http/public-address";
import { parsePolicy, type PolicyProblem } from "@/lib/policy/document/parse-policy";
import { getPolicySettings } from "@/lib/policy/settings";
import { HOMESERVER_ID } from "@/lib/homeserver/homeserver-id";
import { saveVersion } from "@/lib/policy/versions";
import { fetchPolicyText, PullError } from "./fetch-policy-text";

export type PullOutcome = {
  /** Whether a new version was saved (false when the content equals the latest version's). */
  changed: boolean;
  /** The version the pulled content is (new or the latest); absent when nothing was taken. */
  versionId?: string;
  /** Why the pull failed; also stored as PolicySettings.lastPullError. */
  error?: string;
};

/** "3:5 Unexpected token (and 2 more errors)": where the first error is, for the policy page. */
function describeErrors(problems: PolicyProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === "error");
  const first = errors[0];
  const more = errors.length - 1;
  const rest = more > 0 ? ` (and ${more} more error${more === 1 ? "" : "s"})` : "";
  return `The pulled document was not saved: ${first?.line ?? 1}:${first?.column ?? 1} ${first?.message ?? "it is not a valid policy"}${rest}.`;
}

function bearerToken(sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    return unseal(sealed);
  } catch {
    throw new PullError(
      "The stored bearer token cannot be decrypted (SECRETS_KEY changed?): set the token again.",
    );
  }
}

async function pull(url: string, sealedToken: string | null, allowPrivate: boolean) {
  const text = await fetchPolicyText({ url, bearerToken: bearerToken(sealedToken), allowPrivate });
  const { serverName } = await getHomeserverOrThrow();
  const { policy, problems } = parsePolicy(text, { serverName });
  if (!policy) return { changed: false, error: describeErrors(problems) };
  const { version, created } = await saveVersion(text, {
    author: `source:${url}`,
    // The source is an admin's setting: what it serves has an admin's rights.
    authorRole: "admin",
    message: "Pulled from the policy's URL",
    origin: "url",
  });
  return { changed: created, versionId: version.id };
}

/** A failure the pull's sentence explains (the source, its address, its content), not a fault of ours. */
const isPullFailure = (error: unknown): error is Error =>
  error instanceof PullError ||
  error instanceof PublicGetError ||
  error instanceof RefusedAddressError;

/**
 * Pulls the policy from its URL, if one is set: a document that parses becomes a new version
 * authored "source:<url>" when its content differs from the latest version's; one with errors saves
 * nothing. Each attempt's time and outcome are recorded (lastPulledAt is the last attempt's time,
 * lastPullError null when it worked). A failure to reach the source or a bad document is returned,
 * not thrown, so a scheduled reconcile goes on with the latest version.
 */
export async function pullPolicySource(): Promise<PullOutcome> {
  const settings = await getPolicySettings();
  if (!settings.sourceUrl) return { changed: false };
  const outcome: PullOutcome = await pull(
    settings.sourceUrl,
    settings.sourceTokenEncrypted,
    settings.sourceAllowPrivate,
  ).catch((error: unknown) => {
    if (!isPullFailure(error)) throw error;
    return { changed: false, error: error.message };
  });
  // Against the URL pulled (if an admin changed it meanwhile, this attempt is not the new one's),
  // and in SQL so updated_at keeps saying when an admin last changed the settings.
  await db.$executeRaw`UPDATE policy_settings
    SET last_pulled_at = now(), last_pull_error = ${outcome.error ?? null}
    WHERE homeserver_id = ${HOMESERVER_ID} AND source_url = ${settings.sourceUrl}`;
  return outcome;
}
