import { getPublic } from "@/lib/http/get-public";

/** A pull that takes longer than this, body included, is given up. */
export const PULL_TIMEOUT_MS = 15_000;
/** A policy of 10,000 users is about 2 MB; anything past this is not a policy. */
export const MAX_POLICY_BYTES = 16 * 1024 * 1024;

/** How sentences name it: "The policy source answered 404". */
export const POLICY_SOURCE = "policy source";

export type PolicySource = { url: string; bearerToken: string | null; allowPrivate: boolean };

/** A pull that failed for a reason of the policy's own, with a sentence fit for the policy page. */
export class PullError extends Error {
  override name = "PullError";
}

/**
 * GETs the policy document from its source through getPublic (the public-address rules checked
 * now, no redirects, a 200 within the time and size limits) and takes it only as UTF-8 text.
 */
export async function fetchPolicyText(source: PolicySource): Promise<string> {
  const { body } = await getPublic(source.url, {
    subject: POLICY_SOURCE,
    allowPrivate: source.allowPrivate,
    maxBytes: MAX_POLICY_BYTES,
    timeoutMs: PULL_TIMEOUT_MS,
    headers: {
      accept: "application/json",
      ...(source.bearerToken ? { authorization: `Bearer ${source.bearerToken}` } : {}),
    },
  });
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new PullError("The policy source sent something that is not UTF-8 text.");
  }
}
