import { createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { pinnedLookup, resolvePublicTarget, type PublicTarget } from "./public-address";

/** Seconds since the epoch at which the request was signed. */
export const TIMESTAMP_HEADER = "x-console-timestamp";
/** `v1=` and the hex HMAC-SHA256 of `${timestamp}.${body}` with the receiver's secret. */
export const SIGNATURE_HEADER = "x-console-signature";

const POST_TIMEOUT_MS = 10_000;

/** The X-Console-Signature value of a body sent at `timestamp` (seconds). */
export function signTimestamped(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** A POST that did not get a 2xx, told without the URL or its host (viewers read job runs). */
export class SignedPostError extends Error {
  override name = "SignedPostError";
  constructor(
    message: string,
    /** The receiver's HTTP status, when it answered at all. */
    readonly status: number | null,
  ) {
    super(message);
  }
}

export type SignedPost = {
  url: string;
  /** JSON text, sent as is and signed byte for byte. */
  body: string;
  secret: string;
  /** What the URL is for, as sentences name it: "webhook". */
  subject: string;
  /** An admin's allowance for a private, loopback or link-local address (and http). */
  allowPrivate: boolean;
  /** Headers beyond the content type and the signature. */
  headers?: Record<string, string>;
  /** When the request is signed; now unless a test says otherwise. */
  now?: Date;
};

/**
 * POSTs a JSON body signed with HMAC-SHA256 over `${timestamp}.${body}` (X-Console-Timestamp and
 * X-Console-Signature). The address rules are checked now, after DNS, and the connection goes to
 * the checked address; redirects are not followed. Resolves with the 2xx status; anything else
 * throws a SignedPostError, a refused address a RefusedAddressError.
 */
export async function postSigned(post: SignedPost): Promise<number> {
  const target = await resolvePublicTarget(post.url, post);
  const timestamp = Math.floor((post.now ?? new Date()).getTime() / 1000);
  const headers = {
    ...post.headers,
    "content-type": "application/json",
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signTimestamped(post.secret, timestamp, post.body),
  };
  let status: number;
  try {
    status = await postPinned(target, post.body, headers);
  } catch (error) {
    const { name, code, message } = error as NodeJS.ErrnoException;
    const why =
      name === "TimeoutError" || name === "AbortError"
        ? `did not answer within ${POST_TIMEOUT_MS / 1000} s`
        : `could not be reached (${code ?? message})`;
    throw new SignedPostError(`The ${post.subject} ${why}.`, null);
  }
  if (status < 200 || status > 299) {
    throw new SignedPostError(`The ${post.subject} answered ${status}, not 2xx.`, status);
  }
  return status;
}

/** One POST to the target's checked address (TLS still verifies the URL's host name). */
function postPinned(
  target: PublicTarget,
  body: string,
  headers: Record<string, string>,
): Promise<number> {
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target.url,
      {
        method: "POST",
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
        lookup: pinnedLookup(target),
        // A fresh connection per delivery: a pooled one might have been opened to another address.
        agent: false,
        signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      },
      (response) => {
        // The body is the receiver's business; reading it only frees the connection.
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
