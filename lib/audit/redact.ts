const SECRET_WORDS = new Set([
  "password",
  "passwd",
  "secret",
  "token",
  "mac",
  "authorization",
  "cookie",
  "credentials",
  "apikey",
  // A webhook URL may carry a secret in its path, and audit entries are shown to every role;
  // the URL itself stays visible to admins on the Tokens page.
  "webhookurl",
]);

export const REDACTED = "[redacted]";

/** Splits camelCase, snake_case and kebab-case keys into lower-case words ("api_key" also gives "apikey"). */
function keyWords(key: string): string[] {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_\-.]+/)
    .map((word) => word.toLowerCase());
  return [...words, words.join("")];
}

// Keys that describe a secret rather than hold one: "maxTokenAgeDays", "tokenCount".
const MEASURE_WORDS = new Set(["days", "minutes", "seconds", "count", "age"]);

export function isSecretKey(key: string): boolean {
  const words = keyWords(key);
  if (MEASURE_WORDS.has(words.at(-2) ?? "")) return false;
  return words.some((word) => SECRET_WORDS.has(word));
}

/** A deep copy of `input` with every value under a secret-looking key replaced by "[redacted]". */
export function redactSecrets(input: unknown): unknown {
  if (Array.isArray(input)) return input.map(redactSecrets);
  if (input === null || typeof input !== "object") return input;
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [
      key,
      isSecretKey(key) && value !== undefined && value !== null ? REDACTED : redactSecrets(value),
    ]),
  );
}
