import http from "node:http";
import https from "node:https";
import { pinnedLookup, resolvePublicTarget } from "@/lib/http/public-address";

/** A pull that takes longer than this, body included, is given up. */
export const PULL_TIMEOUT_MS = 15_000;
/** A policy of 10,000 users is about 2 MB; anything past this is not a policy. */
export const MAX_POLICY_BYTES = 16 * 1024 * 1024;

/** How sentences name it: "The policy source answered 404". */
export const POLICY_SOURCE = "policy source";

export type PolicySource = { url: string; bearerToken: string | null; allowPrivate: boolean };

/** A pull that failed, with a sentence fit for the policy page (naming neither URL nor token). */
export class PullError extends Error {
  override name = "PullError";
}

/**
 * GETs the policy document from its source: the address rules are checked now (DNS may have changed
 * since the URL was saved) and the connection goes to the checked address. Redirects are not
 * followed (one could lead to an address the rules refuse); only a 200 with UTF-8 text is taken.
 */
export async function fetchPolicyText(source: PolicySource): Promise<string> {
  const target = await resolvePublicTarget(source.url, {
    subject: POLICY_SOURCE,
    allowPrivate: source.allowPrivate,
  });
  const client = target.url.protocol === "https:" ? https : http;
  const headers: Record<string, string> = { accept: "application/json" };
  if (source.bearerToken) headers.authorization = `Bearer ${source.bearerToken}`;
  const body = await new Promise<Buffer>((resolve, reject) => {
    const request = client.get(
      target.url,
      {
        headers,
        lookup: pinnedLookup(target),
        // A fresh connection per pull: a pooled one might have been opened to another address.
        agent: false,
        signal: AbortSignal.timeout(PULL_TIMEOUT_MS),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status !== 200) {
          response.resume();
          const hint = status >= 300 && status < 400 ? " (redirects are not followed)" : "";
          return reject(new PullError(`The policy source answered ${status}, not 200${hint}.`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_POLICY_BYTES) {
            request.destroy(
              new PullError(
                `The policy source sent more than ${MAX_POLICY_BYTES / 1024 / 1024} MiB.`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => resolve(Buffer.concat(chunks)));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  }).catch((error: unknown) => {
    throw toPullError(error);
  });
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new PullError("The policy source sent something that is not UTF-8 text.");
  }
}

function toPullError(error: unknown): Error {
  if (error instanceof PullError) return error;
  const { name, code } = error as NodeJS.ErrnoException;
  if (name === "TimeoutError" || name === "AbortError") {
    return new PullError(
      `The policy source did not answer in full within ${PULL_TIMEOUT_MS / 1000} s.`,
    );
  }
  return new PullError(
    `The policy source could not be reached (${code ?? (error as Error).message}).`,
  );
}
