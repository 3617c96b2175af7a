const REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host name not found",
  EAI_AGAIN: "host name lookup failed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed unexpectedly",
  UND_ERR_HEADERS_TIMEOUT: "no answer headers in time",
  EPROTO: "TLS handshake failed; is it http rather than https?",
  ERR_SSL_WRONG_VERSION_NUMBER: "TLS handshake failed; is it http rather than https?",
  CERT_HAS_EXPIRED: "its TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "its TLS certificate is self-signed and not trusted",
  SELF_SIGNED_CERT_IN_CHAIN: "its TLS certificate chain is not trusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its TLS certificate could not be verified",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "its TLS certificate could not be verified",
  ERR_TLS_CERT_ALTNAME_INVALID: "its TLS certificate is for another host name",
  ERR_INVALID_URL: "the URL is not valid",
};

type WithCode = { code?: unknown; errors?: unknown };

function codeOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { code, errors } = value as WithCode;
  if (typeof code === "string") return code;
  // Happy-eyeballs connects (IPv4 and IPv6) fail with an AggregateError of the attempts.
  if (Array.isArray(errors)) return errors.map(codeOf).find((found) => found !== undefined);
  return undefined;
}

/**
 * Says in a few words why fetch could not reach the server, or null when the error is not a
 * network failure. Node's fetch throws `TypeError("fetch failed")` with the socket error as cause.
 */
export function describeNetworkFailure(error: unknown): string | null {
  if (!(error instanceof TypeError)) return null;
  const cause = (error as { cause?: unknown }).cause;
  if (cause === undefined) return null;
  const code = codeOf(cause);
  if (code === undefined) return cause instanceof Error ? cause.message : "network error";
  return REASONS[code] ?? code;
}
