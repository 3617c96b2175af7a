import { z } from "zod";
import { roomAliasSchema, roomIdSchema, serverNameOf, toUserId } from "@/lib/schemas/matrix-id";
import { hasNoControlCharacters } from "@/lib/schemas/text";
import type { ImportFile } from "./read-import-file";
import type { ImportMapping } from "./import-mapping";

/** A row of the file as the import will apply it; the password is kept apart (never stored). */
export const importRowSchema = z.object({
  line: z.number().int(),
  userId: z.string(),
  /** undefined: the file says nothing, so an existing account keeps its value. */
  displayName: z.string().optional(),
  email: z.string().optional(),
  admin: z.boolean().optional(),
  /** null: a regular account. */
  userType: z.enum(["bot", "support"]).nullable().optional(),
  rooms: z.array(z.string()),
  /** Whether the file gave a password; a new account without one gets a generated password. */
  passwordGiven: z.boolean(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

/** A row that cannot be imported as written, with the reason in the person's words. */
export type InvalidImportRow = { line: number; user: string; reason: string };

export type ReadImportRows = {
  rows: ImportRow[];
  invalid: InvalidImportRow[];
  /** The passwords the file gave, by line: sealed at once, never stored as they are. */
  passwords: Map<number, string>;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TRUE_WORDS = ["true", "yes", "y", "1", "admin"];
const FALSE_WORDS = ["false", "no", "n", "0", ""];

class RowProblem extends Error {}

function cell(cells: string[], column: number | null): string | undefined {
  if (column === null) return undefined;
  return (cells[column] ?? "").trim();
}

function readUser(text: string | undefined, serverName: string): string {
  if (!text) throw new RowProblem("has no user ID");
  const userId = toUserId(text, serverName);
  if (!userId) throw new RowProblem(`"${text}" is not a user ID or localpart`);
  if (serverNameOf(userId) !== serverName) {
    throw new RowProblem(`${userId} is on another server; import users of ${serverName} only`);
  }
  return userId;
}

function readDisplayName(cells: string[], mapping: ImportMapping): string | undefined {
  const whole = cell(cells, mapping.displayName);
  const parts = [cell(cells, mapping.firstName), cell(cells, mapping.lastName)];
  const name =
    whole ?? (parts.some((part) => part !== undefined) ? parts.join(" ").trim() : undefined);
  if (name === undefined || name === "") return undefined;
  if (name.length > 256) throw new RowProblem("has a display name longer than 256 characters");
  if (!hasNoControlCharacters(name)) throw new RowProblem("has control characters in its name");
  return name;
}

function readEmail(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (!EMAIL.test(text)) throw new RowProblem(`"${text}" is not an email address`);
  return text.toLowerCase();
}

function readAdmin(text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  const word = text.toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return text === "" ? undefined : false;
  throw new RowProblem(`admin is "${text}"; write yes or no`);
}

function readUserType(text: string | undefined): ImportRow["userType"] {
  if (!text) return undefined;
  const word = text.toLowerCase();
  if (word === "bot" || word === "support") return word;
  if (word === "regular" || word === "normal") return null;
  throw new RowProblem(`user type is "${text}"; write bot, support or regular`);
}

function readRooms(text: string | undefined): string[] {
  if (!text) return [];
  const rooms = text.split(/[\s,;]+/).filter(Boolean);
  for (const room of rooms) {
    const schema = room.startsWith("#") ? roomAliasSchema : roomIdSchema;
    if (!schema.safeParse(room).success) {
      throw new RowProblem(`"${room}" is not a room ID (!…) or alias (#…)`);
    }
  }
  return [...new Set(rooms)];
}

function readPassword(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (text.length < 8) throw new RowProblem("has a password shorter than 8 characters");
  if (text.length > 512) throw new RowProblem("has a password longer than 512 characters");
  if (!hasNoControlCharacters(text)) throw new RowProblem("has control characters in its password");
  return text;
}

/**
 * Reads every line of the file with the mapping: a row to import, or an invalid row with the
 * reason. A user named on two lines is invalid on the second, so each account is imported once.
 */
export function readImportRows(
  file: ImportFile,
  mapping: ImportMapping,
  serverName: string,
): ReadImportRows {
  const result: ReadImportRows = { rows: [], invalid: [], passwords: new Map() };
  const firstLineOf = new Map<string, number>();
  for (const { line, cells } of file.lines) {
    const user = cell(cells, mapping.user) ?? "";
    try {
      const userId = readUser(user, serverName);
      const earlier = firstLineOf.get(userId);
      if (earlier !== undefined) throw new RowProblem(`${userId} is already on line ${earlier}`);
      firstLineOf.set(userId, line);
      const password = readPassword(cell(cells, mapping.password));
      result.rows.push({
        line,
        userId,
        displayName: readDisplayName(cells, mapping),
        email: readEmail(cell(cells, mapping.email)),
        admin: readAdmin(cell(cells, mapping.admin)),
        userType: readUserType(cell(cells, mapping.userType)),
        rooms: readRooms(cell(cells, mapping.rooms)),
        passwordGiven: password !== undefined,
      });
      if (password !== undefined) result.passwords.set(line, password);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      result.invalid.push({ line, user, reason: error.message });
    }
  }
  return result;
}
