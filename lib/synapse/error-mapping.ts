import { z } from "zod";
import type { Answer } from "./answer";
import { SynapseError, type SynapseErrorKind } from "./errors";
import { describeNetworkFailure } from "./network-failure";
import { retryAfterMs } from "./retry-after";

export type ErrorContext = {
  baseUrl: string;
  /** What we were doing, as a verb phrase: "read the user @a:b". Makes messages specific. */
  what?: string;
  timeoutMs?: number;
};

const matrixErrorSchema = z.looseObject({
  errcode: z.string(),
  error: z.string().optional(),
  retry_after_ms: z.number().optional(),
});

const KIND_BY_ERRCODE: Record<string, SynapseErrorKind> = {
  M_UNKNOWN_TOKEN: "unauthorized",
  M_MISSING_TOKEN: "unauthorized",
  M_FORBIDDEN: "forbidden",
  M_USER_DEACTIVATED: "forbidden",
  M_USER_LOCKED: "forbidden",
  M_USER_SUSPENDED: "forbidden",
  M_NOT_FOUND: "not_found",
  M_UNRECOGNIZED: "not_found",
  M_LIMIT_EXCEEDED: "rate_limited",
  M_USER_IN_USE: "conflict",
  M_ROOM_IN_USE: "conflict",
  M_THREEPID_IN_USE: "conflict",
};

function kindForStatus(status: number): SynapseErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server";
  return "bad_request";
}

const GATEWAY_STATUSES = new Set([502, 503, 504]);

/** Maps an HTTP error answer (status, headers, body text) to a SynapseError. */
export function errorFromAnswer(answer: Answer, context: ErrorContext): SynapseError {
  const { status, headers, body } = answer;
  const matrix = parseMatrixError(body);
  const doing = context.what ? `Synapse could not ${context.what}` : "Synapse refused the request";
  if (!matrix) return errorWithoutMatrixBody(answer, doing, context);

  const kind = KIND_BY_ERRCODE[matrix.errcode] ?? kindForStatus(status);
  const detail = matrix.error ? `: ${matrix.error.replace(/\.+$/, "")}` : ` (HTTP ${status})`;
  return new SynapseError({
    kind,
    status,
    errcode: matrix.errcode,
    synapseMessage: matrix.error,
    retryAfterMs:
      kind === "rate_limited" ? retryAfterMs(matrix.retry_after_ms, headers) : undefined,
    message: `${doing}${detail} (${matrix.errcode}).`,
  });
}

function errorWithoutMatrixBody(
  { status, headers }: { status: number; headers: Headers },
  doing: string,
  context: ErrorContext,
): SynapseError {
  const location = headers.get("location");
  if (status >= 300 && status < 400 && location) {
    // Redirects are not followed: a token must not travel to wherever a redirect points.
    return new SynapseError({
      kind: "not_synapse",
      status,
      message: `The server at ${context.baseUrl} redirects to ${location}; use the homeserver's own address instead.`,
    });
  }
  if (GATEWAY_STATUSES.has(status)) {
    return new SynapseError({
      kind: "unreachable",
      status,
      message: `The homeserver at ${context.baseUrl} is not answering: a proxy in front of it replied HTTP ${status}.`,
    });
  }
  if (status >= 500) {
    return new SynapseError({
      kind: "server",
      status,
      message: `${doing}: it failed with HTTP ${status}.`,
    });
  }
  return new SynapseError({
    kind: "not_synapse",
    status,
    message: `The server at ${context.baseUrl} answered HTTP ${status} without a Matrix error, so it does not look like Synapse; check the URL and that any reverse proxy forwards the Matrix and Synapse admin paths.`,
  });
}

function parseMatrixError(body: string) {
  try {
    const parsed = matrixErrorSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Maps anything thrown while talking to Synapse (network, timeout, parsing) to a SynapseError. */
export function toSynapseError(error: unknown, context: ErrorContext): SynapseError {
  if (error instanceof SynapseError) return error;
  if (error instanceof DOMException && error.name === "TimeoutError") {
    const within =
      context.timeoutMs === undefined ? "in time" : `within ${formatSeconds(context.timeoutMs)}`;
    return new SynapseError({
      kind: "timeout",
      cause: error,
      message: `The homeserver at ${context.baseUrl} did not answer ${within}.`,
    });
  }
  const network = describeNetworkFailure(error);
  if (network) {
    return new SynapseError({
      kind: "unreachable",
      cause: error,
      message: `The homeserver at ${context.baseUrl} could not be reached (${network}).`,
    });
  }
  if (error instanceof z.ZodError) {
    const first = error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join(".")}` : "";
    return new SynapseError({
      kind: "invalid_response",
      cause: error,
      message: `Synapse answered in a shape this console does not understand${where}: ${first?.message ?? "invalid"}.`,
    });
  }
  // The detail stays in `cause` (for the server log): it may be internal and reach a browser otherwise.
  return new SynapseError({
    kind: "unexpected",
    cause: error,
    message: "Talking to Synapse failed unexpectedly.",
  });
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
