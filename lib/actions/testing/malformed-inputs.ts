import type { z } from "zod";
import { validSample } from "./valid-sample";
import { arrayElement, isChoice, kindsOf, objectShape, unionOptions, type Kind } from "./zod-shape";

export type MalformedInput = { label: string; input: unknown };

const HUGE = 100_000;
const WRONG_TYPES: [Kind, unknown][] = [
  ["number", 12345],
  ["array", ["x"]],
  ["object", { x: 1 }],
  ["null", null],
  ["boolean", true],
  ["string", "twelve"],
];
const BAD_MATRIX_IDS = ["bob", "@", "@bob", "@bob:", "!room", "#alias"];
const DOT_SEGMENTS = [".", "..", "%2e%2e", "%2E.", " .. ", ""];
const PATH_LIKE = [
  "../../../_synapse/admin/v1/deactivate/@victim:localhost",
  "@bob:localhost/../../admin",
  "@bob:localhost?admin=true",
  "/etc/passwd",
];
const NOT_NUMBERS = [Number.NaN, Number.POSITIVE_INFINITY, -1e308, 1e308, "12abc", ""];
const MISSING = Symbol("missing");

/** Inserts text after the first character, so an ID keeps its sigil and only its length is wrong. */
const insertAfterFirst = (base: string, text: string) => base.slice(0, 1) + text + base.slice(1);

/** A field that names something Synapse or our database finds by ID (and may put in a URL). */
const isIdField = (name: string) => /(^id|Id|Ids)$/.test(name);

const takes = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/** A field of Matrix IDs: it takes the sample ID but not the same text without its sigil. */
const isMatrixIdField = (schema: z.ZodType, base: string) =>
  /^[@!#]/.test(base) && !takes(schema, base.slice(1));

function stringVariants(name: string, schema: z.ZodType, base: string): [string, unknown][] {
  const out: [string, unknown][] = [
    ["100k characters", insertAfterFirst(base, "a".repeat(HUGE))],
    ["a NUL character", `${base}\u0000`],
    ["a terminal escape", `\u001b[2J${base}`],
    ["a bell in the middle", insertAfterFirst(base, "\u0007")],
  ];
  if (isChoice(schema)) out.push(["a value not among the choices", `${base}-not-a-choice`]);
  if (/^(https?|mxc):/.test(base)) {
    out.push(["a javascript: URL", "javascript:alert(1)"], ["a file: URL", "file:///etc/passwd"]);
  }
  if (!isIdField(name) && !isMatrixIdField(schema, base)) return out;
  for (const value of DOT_SEGMENTS) {
    // "" means "none" in a few optional ID fields; there it is not malformed.
    if (value !== "" || !takes(schema, "")) out.push([`the ID ${JSON.stringify(value)}`, value]);
  }
  if (isMatrixIdField(schema, base)) {
    for (const value of [...BAD_MATRIX_IDS, ...PATH_LIKE]) out.push([`the ID ${value}`, value]);
  } else if (/^[0-9a-f-]{36}$|^\d+$/.test(base)) {
    out.push(["an ID of the wrong form", "bob"]);
  }
  return out;
}

/** The malformed values of one field, each with what is wrong with it. */
function fieldVariants(name: string, schema: z.ZodType, base: unknown): [string, unknown][] {
  const kinds = kindsOf(schema);
  const out: [string, unknown][] = [];
  if (!kinds.has("undefined")) out.push(["missing", MISSING]);
  for (const [kind, value] of WRONG_TYPES) {
    if (!kinds.has(kind)) out.push([`a ${kind} instead`, value]);
  }
  if (typeof base === "string") out.push(...stringVariants(name, schema, base));
  if (typeof base === "number") {
    for (const value of NOT_NUMBERS)
      out.push([
        `the value ${typeof value === "string" ? JSON.stringify(value) : String(value)}`,
        value,
      ]);
  }
  const element = arrayElement(schema);
  if (element && Array.isArray(base)) {
    const first = base[0] ?? validSample(element);
    out.push(["10,001 entries", Array.from({ length: 10_001 }, () => first)]);
    for (const [what, value] of fieldVariants(name, element, first)) {
      if (value !== MISSING) out.push([`an entry that is ${what}`, [value]]);
    }
  }
  const shape = objectShape(schema) ?? objectShapeFor(schema, base);
  if (shape && base && typeof base === "object" && !Array.isArray(base)) {
    for (const [key, field] of Object.entries(shape)) {
      const inner = (base as Record<string, unknown>)[key];
      for (const [what, value] of fieldVariants(key, field, inner)) {
        out.push([`${key} ${what}`, withField(base as Record<string, unknown>, key, value)]);
      }
    }
  }
  return out;
}

/** The shape of the union option that takes the base value (a discriminated union's branch). */
function objectShapeFor(schema: z.ZodType, base: unknown) {
  const option = unionOptions(schema)?.find((candidate) => candidate.safeParse(base).success);
  return option ? objectShape(option) : null;
}

function withField(base: Record<string, unknown>, key: string, value: unknown) {
  const copy = { ...base };
  if (value === MISSING) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** The base with an own `__proto__` key, as JSON.parse makes one from a crafted request body. */
function withProtoKey(base: Record<string, unknown>) {
  const body = JSON.stringify(base).slice(1);
  return JSON.parse(`{"__proto__":{"role":"admin"}${body === "}" ? "" : ","}${body}`) as unknown;
}

/**
 * Malformed inputs for an action, derived from its input schema when the test runs (so a field
 * added tomorrow is covered): requests that are not objects, unknown keys, and for each field
 * (nested ones too) a missing value, wrong types, huge strings, control characters, bad Matrix
 * IDs, `.`/`..` and path-like IDs, and numbers that are not finite. Each starts from one valid
 * input and breaks one thing, so a refusal is about that thing. `base` is that valid input, or
 * undefined when none could be made (then only the shape-free cases are sent).
 */
export function malformedInputs(schema: z.ZodType): { base: unknown; cases: MalformedInput[] } {
  const base = validSample(schema);
  const cases: MalformedInput[] = [
    { label: "null", input: null },
    { label: "undefined", input: undefined },
    { label: "a string", input: "userId=@bob:localhost" },
    { label: "a number", input: 42 },
    { label: "a boolean", input: true },
    { label: "an empty list", input: [] },
    { label: "a list holding a valid input", input: [base ?? {}] },
  ];
  const object = base && typeof base === "object" && !Array.isArray(base);
  if (!object) return { base, cases };
  const record = base as Record<string, unknown>;
  cases.push(
    { label: "an unknown key", input: { ...record, unexpectedField: "x" } },
    { label: "an own __proto__ key", input: withProtoKey(record) },
    { label: "a constructor key", input: { ...record, constructor: "x" } },
  );
  const shape = objectShape(schema) ?? objectShapeFor(schema, base) ?? {};
  for (const [key, field] of Object.entries(shape)) {
    for (const [what, value] of fieldVariants(key, field, record[key])) {
      cases.push({ label: `${key} ${what}`, input: withField(record, key, value) });
    }
  }
  return { base, cases };
}
