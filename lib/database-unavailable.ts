// Telling "the console's own database is down" apart from every other error, so pages can say so
// in one sentence. Pure: no imports, so client components can use the sentence too.

/** What every page says when PostgreSQL cannot be reached; names nothing internal. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  "The console's database cannot be reached, so this page cannot be shown. Nothing was changed. Try again in a minute; if this goes on, tell the console's admins.";

/** Prisma's codes for "no connection" (P1001, P1002, P1017) and "pool timeout" (P2024). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** What adapter-pg reports as the cause of a failed query when the server is gone. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** Node's and PostgreSQL's codes: refused or dropped connections, shutdown, statement timeout. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "EPIPE"]);
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "57014", "53300"]);
/** pg's own messages for its client-side timeouts, which carry no code. */
const PG_TIMEOUT_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout/i;

type Inspectable = {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

/** True when the error (or what caused it) says the database could not be reached in time. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let depth = 0, current = error; depth < 5 && current; depth += 1) {
    if (typeof current !== "object") return false;
    const value = current as Inspectable;
    const code = typeof value.code === "string" ? value.code : "";
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || POSTGRES_CODES.has(code)) return true;
    if (typeof value.kind === "string" && ADAPTER_KINDS.has(value.kind)) return true;
    if (typeof value.message === "string" && PG_TIMEOUT_MESSAGES.test(value.message)) return true;
    const adapterCause = value.meta?.driverAdapterError?.cause;
    if (adapterCause && isDatabaseUnavailable(adapterCause)) return true;
    current = value.cause;
  }
  return false;
}
