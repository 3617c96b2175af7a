import { createHash } from "node:crypto";

/**
 * The SHA-256 (hex) a secret is stored as: session secrets and API tokens are random and long, so a
 * plain hash keeps a copy of the database from opening a session or acting as a script.
 */
export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");
