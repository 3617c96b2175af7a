import { z } from "zod";

/** What a column of an import file can be. */
export const IMPORT_FIELDS = [
  "user",
  "displayName",
  "firstName",
  "lastName",
  "email",
  "password",
  "admin",
  "userType",
  "rooms",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  user: "User ID or localpart",
  displayName: "Display name",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  password: "Password",
  admin: "Server admin",
  userType: "User type",
  rooms: "Rooms to join",
};

/** Each field's column (its index in the header), or null when no column holds it. */
export const importMappingSchema = z.object(
  Object.fromEntries(
    IMPORT_FIELDS.map((field) => [field, z.number().int().min(0).max(1000).nullable()]),
  ) as Record<ImportField, z.ZodNullable<z.ZodNumber>>,
);
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** Header names people give each field, compared without case, spaces, dashes or underscores. */
const HEADER_NAMES: Record<ImportField, string[]> = {
  user: ["user", "userid", "mxid", "matrixid", "localpart", "username", "login"],
  displayName: ["displayname", "name", "fullname"],
  firstName: ["first", "firstname", "givenname"],
  lastName: ["last", "lastname", "surname", "familyname"],
  email: ["email", "mail", "emailaddress"],
  password: ["password", "pass"],
  admin: ["admin", "isadmin", "serveradmin"],
  userType: ["usertype", "type", "kind"],
  rooms: ["rooms", "room", "joinedrooms", "joinrooms"],
};

const simplified = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, "");

/** The mapping a header suggests: each field to the first column named like it. */
export function guessImportMapping(header: string[]): ImportMapping {
  const names = header.map(simplified);
  const entries = IMPORT_FIELDS.map((field) => {
    const index = names.findIndex((name) => HEADER_NAMES[field].includes(name));
    return [field, index === -1 ? null : index] as const;
  });
  return Object.fromEntries(entries) as ImportMapping;
}

/** Why a mapping cannot be used with a header of `columns` columns, or null when it can. */
export function mappingProblem(mapping: ImportMapping, columns: number): string | null {
  if (mapping.user === null) return "Choose the column that holds the user ID or localpart.";
  const used = IMPORT_FIELDS.flatMap((field) => (mapping[field] === null ? [] : [mapping[field]]));
  if (used.some((column) => column! >= columns)) return "A chosen column is not in the file.";
  if (new Set(used).size !== used.length) return "Each column may hold one field only.";
  if (mapping.displayName !== null && (mapping.firstName !== null || mapping.lastName !== null)) {
    return "Choose a display name column or first and last name columns, not both.";
  }
  return null;
}
