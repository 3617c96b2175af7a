import type { z } from "zod";

/** The JSON kinds a value can have, as far as telling a right type from a wrong one goes. */
export type Kind = "string" | "number" | "boolean" | "array" | "object" | "null" | "undefined";
const ALL_KINDS: readonly Kind[] = [
  "string",
  "number",
  "boolean",
  "array",
  "object",
  "null",
  "undefined",
];

/** The parts of zod 4's internal definition that the generator reads. */
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  coerce?: boolean;
};

export const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

function kindOfValue(value: unknown): Kind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as Kind;
}

/**
 * The kinds a schema is written to take (not what it happens to let through): a coerced number
 * takes numbers and the strings a form sends, never null or arrays, even though zod turns those
 * into 0. Anything zod cannot tell (transforms, catch, lazy) counts as taking every kind.
 */
export function kindsOf(schema: z.ZodType): Set<Kind> {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
    case "template_literal":
      return new Set(["string"]);
    case "number":
    case "int":
      return new Set(def.coerce ? ["number", "string"] : ["number"]);
    case "boolean":
      return new Set(["boolean"]);
    case "array":
    case "tuple":
      return new Set(["array"]);
    case "object":
    case "record":
      return new Set(["object"]);
    case "enum":
      return new Set(Object.values(def.entries ?? {}).map(kindOfValue));
    case "literal":
      return new Set((def.values ?? []).map(kindOfValue));
    case "null":
      return new Set(["null"]);
    case "undefined":
      return new Set(["undefined"]);
    case "union":
      return new Set((def.options ?? []).flatMap((option) => [...kindsOf(option)]));
    case "pipe":
      return def.in ? kindsOf(def.in) : new Set(ALL_KINDS);
    case "optional":
    case "default":
    case "prefault":
      return new Set([...kindsOf(def.innerType!), "undefined"]);
    case "nullable":
      return new Set([...kindsOf(def.innerType!), "null"]);
    case "readonly":
    case "nonoptional":
      return kindsOf(def.innerType!);
    default:
      return new Set(ALL_KINDS);
  }
}

/** The object schema inside wrappers (pipes, defaults), or null when the schema is not one. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = defOf(schema);
  if (def.type === "object") return def.shape ?? null;
  if (def.type === "pipe" && def.in) return objectShape(def.in);
  if (def.innerType) return objectShape(def.innerType);
  return null;
}

/** The element schema of an array inside wrappers, or null. */
export function arrayElement(schema: z.ZodType): z.ZodType | null {
  const def = defOf(schema);
  if (def.type === "array") return def.element ?? null;
  if (def.type === "pipe" && def.in) return arrayElement(def.in);
  if (def.innerType) return arrayElement(def.innerType);
  return null;
}

/** The options of a union inside wrappers, or null. */
export function unionOptions(schema: z.ZodType): z.ZodType[] | null {
  const def = defOf(schema);
  if (def.type === "union") return def.options ?? null;
  if (def.type === "pipe" && def.in) return unionOptions(def.in);
  if (def.innerType) return unionOptions(def.innerType);
  return null;
}

/** Whether the schema is a closed set of values (enum or literal), inside wrappers. */
export function isChoice(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === "enum" || def.type === "literal") return true;
  if (def.type === "pipe" && def.in) return isChoice(def.in);
  if (def.innerType) return isChoice(def.innerType);
  return false;
}
