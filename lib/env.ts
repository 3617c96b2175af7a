import { isIP } from "node:net";
import { z } from "zod";

/** Accepts unset or empty as "not given", so `FOO=` in a .env file means the default. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const secretsKey = z
  .string()
  .refine((value) => decodeKey(value) !== null, "must be 32 bytes, as 64 hex characters or base64");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  /**
   * The owner role's connection, for migrations and grants (scripts/start.ts); the app itself
   * never uses it. Unset on an external database: one role for both, audit protected by triggers only.
   */
  DATABASE_OWNER_URL: optional(z.url({ protocol: /^postgres(ql)?$/ })),
  SECRETS_KEY: secretsKey,
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  NEXTAUTH_URL: optional(z.url()),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().max(720).default(8),
  SETUP_TOKEN: optional(z.string().min(16, "must be at least 16 characters")),
  SYNAPSE_URL: optional(z.url({ protocol: /^https?$/ })),
  SYNAPSE_REGISTRATION_SHARED_SECRET: optional(z.string().min(1)),
  SYNAPSE_ADMIN_TOKEN: optional(z.string().min(1)),
  SYNAPSE_ADMIN_USER: optional(
    z.string().regex(/^@[^:]+:.+$/, "must be a full Matrix ID such as @admin:example.org"),
  ),
  SYNAPSE_ADMIN_PASSWORD: optional(z.string().min(1)),
  SYNAPSE_SERVICE_LOCALPART: z
    .string()
    .regex(/^[a-z0-9._=\-/+]+$/)
    .default("console-bot"),
  SYNAPSE_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  SYNAPSE_MAX_RETRY_WAIT_MS: z.coerce.number().int().nonnegative().default(30_000),
  /**
   * Reverse proxies whose X-Forwarded-For entry names the client (IPs or CIDRs, comma-separated);
   * the sign-in throttle trusts no forwarded address unless the request came through one of them.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine(
      (value) => splitList(value).every(isIpOrCidr),
      "must list IP addresses or CIDRs, comma-separated",
    )
    .transform(splitList),
  /** "off" keeps `npm start` from running jobs, for deployments that run `npm run worker` apart. */
  JOB_WORKER: z.enum(["on", "off"]).default("on"),
  /** How long a worker may hold a job before it counts as dead and another worker resumes the run. */
  JOB_EXPIRE_SECONDS: z.coerce.number().int().min(2).max(86_400).default(900),
  /** How often a run is picked up again after its worker died, before it is marked failed. */
  JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
  /** How many runs one worker works at the same time. */
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(2),
  /** How long to wait for a database connection before a page says the database is down. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Longest one SQL statement may run (PostgreSQL's statement_timeout) before it is cancelled. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});

export type Env = z.infer<typeof envSchema>;

function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/** "192.0.2.7", "10.0.0.0/8", "2001:db8::/32". */
export function isIpOrCidr(value: string): boolean {
  const [address = "", bits, ...rest] = value.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (version === 4 ? 32 : 128);
}

/** Returns the 32-byte key, or null when the text is not one. */
export function decodeKey(value: string): Buffer | null {
  const bytes = /^[0-9a-fA-F]{64}$/.test(value)
    ? Buffer.from(value, "hex")
    : Buffer.from(value, "base64");
  return bytes.length === 32 ? bytes : null;
}

/** Parses an environment; throws one line per bad variable, naming it. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return checkSynapseCombination(result.data);
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const missing = source[name] === undefined || source[name] === "";
    return `Invalid environment: ${name} ${missing ? "is required" : issue.message}`;
  });
  throw new EnvError(lines.join("\n"));
}

function checkSynapseCombination(env: Env): Env {
  if (!env.SYNAPSE_URL) return env;
  const ways = [
    env.SYNAPSE_REGISTRATION_SHARED_SECRET,
    env.SYNAPSE_ADMIN_TOKEN,
    env.SYNAPSE_ADMIN_USER && env.SYNAPSE_ADMIN_PASSWORD,
  ].filter(Boolean);
  if (ways.length === 0) {
    throw new EnvError(
      "Invalid environment: SYNAPSE_URL is set but none of SYNAPSE_REGISTRATION_SHARED_SECRET, SYNAPSE_ADMIN_TOKEN or SYNAPSE_ADMIN_USER with SYNAPSE_ADMIN_PASSWORD is",
    );
  }
  if (Boolean(env.SYNAPSE_ADMIN_USER) !== Boolean(env.SYNAPSE_ADMIN_PASSWORD)) {
    throw new EnvError(
      "Invalid environment: SYNAPSE_ADMIN_USER and SYNAPSE_ADMIN_PASSWORD go together",
    );
  }
  return env;
}

export class EnvError extends Error {
  override name = "EnvError";
}

let cached: Env | undefined;

/** The validated environment; the only reader of process.env in the app. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
