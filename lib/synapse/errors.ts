export type SynapseErrorKind =
  | "unreachable"
  | "timeout"
  | "not_synapse"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "rate_limited"
  | "conflict"
  | "bad_request"
  | "server"
  | "invalid_response"
  | "unexpected";

export type SynapseErrorInit = {
  kind: SynapseErrorKind;
  /** A whole sentence a person can act on; never contains a token or secret. */
  message: string;
  status?: number;
  errcode?: string;
  /** Synapse's own `error` text, as it sent it. */
  synapseMessage?: string;
  /** How long Synapse asked us to wait (429 only). */
  retryAfterMs?: number;
  cause?: unknown;
};

/** The one error type every Synapse call throws. */
export class SynapseError extends Error {
  override name = "SynapseError";
  readonly kind: SynapseErrorKind;
  readonly status?: number;
  readonly errcode?: string;
  readonly synapseMessage?: string;
  readonly retryAfterMs?: number;

  constructor(init: SynapseErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.errcode = init.errcode;
    this.synapseMessage = init.synapseMessage;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** The same error told differently, for callers who know better what went wrong. */
  withMessage(message: string): SynapseError {
    return new SynapseError({ ...this.toInit(), message, cause: this });
  }

  private toInit(): SynapseErrorInit {
    return {
      kind: this.kind,
      message: this.message,
      status: this.status,
      errcode: this.errcode,
      synapseMessage: this.synapseMessage,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

export function isSynapseError(error: unknown, kind?: SynapseErrorKind): error is SynapseError {
  return error instanceof SynapseError && (kind === undefined || error.kind === kind);
}
