import type { z } from "zod";
import { parseAnswer, type Answer } from "./answer";
import { errorFromAnswer, formatSeconds, toSynapseError, type ErrorContext } from "./error-mapping";
import type { SynapseError } from "./errors";
import { sleep } from "./sleep";
import { toQueryString, type QueryValue } from "./path";

/** Where the service account's access token comes from; refresh gets a new one after a 401. */
export type TokenSource = {
  getToken(): Promise<string>;
  /** Called once per request after Synapse rejected `rejectedToken`; returns a fresh token or throws a clear error. */
  refresh?(rejectedToken: string): Promise<string>;
};

export type SynapseHttpOptions = {
  baseUrl: string;
  timeoutMs: number;
  /** Upper bound on the total time one request may spend waiting out 429 answers. */
  maxRetryWaitMs: number;
  auth?: TokenSource;
  /** Attempts in all, the first included, when Synapse keeps answering 429. */
  maxAttempts?: number;
  /** Called once before each request is sent (not per retry); throwing stops the request. */
  beforeRequest?: (request: OutgoingRequest) => void;
};

/** What beforeRequest sees of a request: no body, no token. */
export type OutgoingRequest = {
  method: NonNullable<RequestOptions["method"]>;
  path: string;
  what?: string;
};

export type RequestOptions = {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  /** Built with synapsePath, so Matrix IDs are encoded. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Raw bytes to send instead of a JSON body, such as a media upload. */
  upload?: { bytes: Uint8Array<ArrayBuffer>; contentType: string };
  /** "service" (default) uses the TokenSource; { token } an explicit token; "none" sends none. */
  auth?: "service" | "none" | { token: string };
  /** "json" (default) parses the body as JSON; "text" hands the raw text to the schema. */
  responseType?: "json" | "text";
  /** Verb phrase for error messages: "read the user @a:b". */
  what?: string;
  signal?: AbortSignal;
};

export type SynapseHttp = {
  readonly baseUrl: string;
  /** Sends the request and returns the validated JSON body. */
  request<S extends z.ZodType>(schema: S, options: RequestOptions): Promise<z.output<S>>;
  /** Like request, with the HTTP status too (some endpoints answer 200 or 201 with meaning). */
  send<S extends z.ZodType>(
    schema: S,
    options: RequestOptions,
  ): Promise<{ status: number; data: z.output<S> }>;
  /**
   * Sends a GET and hands back the successful answer unread, for bytes to pass on as they come
   * (a media thumbnail); one attempt, no 429 waiting, a refusal mapped like any other.
   */
  stream(
    options: Omit<RequestOptions, "method" | "body" | "upload" | "responseType">,
  ): Promise<Response>;
};

const TOKEN_ERRCODES = new Set(["M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"]);

/** A 401 about the service account's own token: the one case a new token can fix. */
function isRejectedServiceToken(error: SynapseError, request: RequestOptions): boolean {
  const usesService = (request.auth ?? "service") === "service";
  return usesService && error.kind === "unauthorized" && TOKEN_ERRCODES.has(error.errcode ?? "");
}
const DEFAULT_MAX_ATTEMPTS = 4;
/** Used when a 429 says nothing about how long to wait. */
const FALLBACK_WAIT_MS = 1000;

export function createSynapseHttp(options: SynapseHttpOptions): SynapseHttp {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;

  async function send<S extends z.ZodType>(schema: S, request: RequestOptions) {
    const context: ErrorContext = { baseUrl, what: request.what, timeoutMs: options.timeoutMs };
    options.beforeRequest?.({
      method: request.method ?? "GET",
      path: request.path,
      what: request.what,
    });
    const url = baseUrl + request.path + toQueryString(request.query);
    let token = await initialToken(request);
    let refreshed = false;
    let waitedMs = 0;

    for (let attempt = 1; ; attempt++) {
      const answer = await exchange(url, request, token, context);
      if (answer.status >= 200 && answer.status < 300) {
        return {
          status: answer.status,
          data: parseAnswer(schema, answer, request.responseType ?? "json", context),
        };
      }
      const error = errorFromAnswer(answer, context);
      if (error.kind === "rate_limited") {
        const waitMs = error.retryAfterMs ?? FALLBACK_WAIT_MS * attempt;
        if (attempt >= maxAttempts) {
          throw error.withMessage(
            `${error.message} Synapse was still rate-limiting after ${attempt} attempts.`,
          );
        }
        if (waitedMs + waitMs > options.maxRetryWaitMs) {
          const asked = formatSeconds(waitMs);
          const allowed = formatSeconds(options.maxRetryWaitMs);
          throw error.withMessage(
            `${error.message} Synapse asked to wait ${asked}, more than the ${allowed} allowed.`,
          );
        }
        await sleep(waitMs, request.signal);
        waitedMs += waitMs;
        continue;
      }
      if (error.kind === "unauthorized" && refreshed) {
        throw error.withMessage(
          `${error.message} Synapse rejected the service account's new token too.`,
        );
      }
      const refresh = options.auth?.refresh;
      if (refresh && token && isRejectedServiceToken(error, request)) {
        token = await refresh.call(options.auth, token);
        refreshed = true;
        continue;
      }
      throw error;
    }
  }

  async function initialToken(request: RequestOptions): Promise<string | undefined> {
    const auth = request.auth ?? "service";
    if (auth === "none") return undefined;
    if (auth !== "service") return auth.token;
    if (!options.auth) {
      throw new Error(
        "This Synapse request needs the service account, but no TokenSource was given.",
      );
    }
    return options.auth.getToken();
  }

  /** Sends one request and hands back Synapse's answer unread; a transport failure is an error. */
  async function open(
    url: string,
    request: RequestOptions,
    token: string | undefined,
    context: ErrorContext,
    /** The bytes of a stream are whatever Synapse serves: no JSON asked for. */
    accept: string | undefined = "application/json",
  ): Promise<Response> {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const headers: Record<string, string> = accept ? { accept } : {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (request.body !== undefined) headers["content-type"] = "application/json";
    if (request.upload) headers["content-type"] = request.upload.contentType;
    try {
      return await fetch(url, {
        method: request.method ?? "GET",
        headers,
        body:
          request.upload?.bytes ??
          (request.body === undefined ? undefined : JSON.stringify(request.body)),
        signal,
        redirect: "manual",
      });
    } catch (error) {
      // The caller's own cancellation is not a Synapse problem: hand it back unchanged.
      if (request.signal?.aborted) throw request.signal.reason;
      throw toSynapseError(error, context);
    }
  }

  async function exchange(
    url: string,
    request: RequestOptions,
    token: string | undefined,
    context: ErrorContext,
  ): Promise<Answer> {
    const response = await open(url, request, token, context);
    try {
      return { status: response.status, headers: response.headers, body: await response.text() };
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      throw toSynapseError(error, context);
    }
  }

  async function stream(request: RequestOptions): Promise<Response> {
    const context: ErrorContext = { baseUrl, what: request.what, timeoutMs: options.timeoutMs };
    options.beforeRequest?.({ method: "GET", path: request.path, what: request.what });
    const url = baseUrl + request.path + toQueryString(request.query);
    const get = { ...request, method: "GET" as const };
    let token = await initialToken(request);
    // As send: a service token Synapse no longer takes is renewed once and the request sent again.
    for (let refreshed = false; ; refreshed = true) {
      const response = await open(url, get, token, context, undefined);
      if (response.status >= 200 && response.status < 300) return response;
      const error = errorFromAnswer(
        { status: response.status, headers: response.headers, body: await response.text() },
        context,
      );
      const refresh = options.auth?.refresh;
      if (refreshed || !refresh || !token || !isRejectedServiceToken(error, request)) throw error;
      token = await refresh.call(options.auth, token);
    }
  }

  return {
    baseUrl,
    send,
    stream,
    request: async (schema, request) => (await send(schema, request)).data,
  };
}
