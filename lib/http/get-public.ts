import http from "node:http";
import https from "node:https";
import { pinnedLookup, resolvePublicTarget, type TargetRules } from "./public-address";

export type PublicGetOptions = TargetRules & {
  /** A body past this many bytes is refused (and its download stopped). */
  maxBytes: number;
  /** For the whole exchange, body included. */
  timeoutMs: number;
  headers?: Record<string, string>;
};

export type PublicGetAnswer = { contentType: string | null; body: Buffer };

/** A GET that failed, with a sentence naming the subject but neither the URL nor its host. */
export class PublicGetError extends Error {
  override name = "PublicGetError";
}

/**
 * GETs a URL on an address the rules of public-address.ts allow, connecting to the address that
 * was checked. Redirects are not followed (one could lead to a refused address); only a 200
 * answer within the size and time limits is taken.
 */
export async function getPublic(
  rawUrl: string,
  options: PublicGetOptions,
): Promise<PublicGetAnswer> {
  const { subject, maxBytes, timeoutMs } = options;
  const target = await resolvePublicTarget(rawUrl, options);
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise<PublicGetAnswer>((resolve, reject) => {
    const request = client.get(
      target.url,
      {
        headers: options.headers,
        lookup: pinnedLookup(target),
        // A fresh connection each time: a pooled one might have been opened to another address.
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status !== 200) {
          response.resume();
          const hint = status >= 300 && status < 400 ? " (redirects are not followed)" : "";
          return reject(new PublicGetError(`The ${subject} answered ${status}, not 200${hint}.`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            // Settled first: the destroyed response may still end, which must not resolve it.
            reject(new PublicGetError(`The ${subject} is larger than ${sizeOf(maxBytes)}.`));
            request.destroy();
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({
            contentType: response.headers["content-type"] ?? null,
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  }).catch((error: unknown) => {
    throw toPublicGetError(error, subject, timeoutMs);
  });
}

const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${Math.round(bytes / 1024)} KiB`;

function toPublicGetError(error: unknown, subject: string, timeoutMs: number): Error {
  if (error instanceof PublicGetError) return error;
  const { name, code } = error as NodeJS.ErrnoException;
  if (name === "TimeoutError" || name === "AbortError") {
    return new PublicGetError(
      `The ${subject} did not arrive in full within ${timeoutMs / 1000} s.`,
    );
  }
  return new PublicGetError(
    `The ${subject} could not be reached (${code ?? (error as Error).message}).`,
  );
}
