import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { arrayElement, kindsOf, objectShape, unionOptions, defOf } from "./zod-shape";

/**
 * Plausible values of each kind, tried in order until a field's schema takes one. The generator
 * knows no field by name: the schema picks. Targets are users and rooms that do not exist, so a
 * sample that slipped through by mistake would change nothing real.
 */
const STRINGS = [
  "Malformed probe",
  "@malformed-probe:localhost",
  "!malformedprobe:localhost",
  "#malformed-probe:localhost",
  "malformed-probe",
  "ABCDEFGHIJ",
  "42",
  "mxc://localhost/probe",
  "https://example.org/hook",
  "{}",
  "UTC",
  "probe-password-1234",
  "2026-12-01T09:30:00Z",
  "probe@example.org",
  randomUUID(),
  "",
];
const NUMBERS = [1, 50, 3, 0, Date.now() - 86_400_000];
const BOOLEANS = [false, true];

function candidates(schema: z.ZodType): unknown[] {
  const kinds = kindsOf(schema);
  const def = defOf(schema);
  const choices = [
    ...Object.values(def.entries ?? {}),
    ...(def.values ?? []),
    ...(def.innerType ? candidates(def.innerType) : []),
  ];
  return [
    ...choices,
    ...(kinds.has("number") ? NUMBERS : []),
    ...(kinds.has("boolean") ? BOOLEANS : []),
    ...(kinds.has("string") ? STRINGS : []),
    ...(kinds.has("undefined") ? [undefined] : []),
  ];
}

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/** Every sample this schema takes, best first (empty when none could be made). */
export function validSamples(schema: z.ZodType, depth = 0): unknown[] {
  if (depth > 4) return [];
  const options = unionOptions(schema);
  if (options) {
    // An empty string is how a few optional fields say "none": a real value makes a better base.
    return options
      .flatMap((option) => validSamples(option, depth + 1))
      .filter((value) => accepts(schema, value))
      .sort((a, b) => Number(a === "") - Number(b === ""));
  }
  const shape = objectShape(schema);
  if (shape) {
    const built = sampleObject(schema, shape, depth);
    return built === undefined ? [] : [built];
  }
  const element = arrayElement(schema);
  if (element) {
    const first = validSamples(element, depth + 1)[0];
    return [[first], []]
      .filter((value) => value[0] !== undefined || value.length === 0)
      .filter((value) => accepts(schema, value));
  }
  return candidates(schema).filter((value) => accepts(schema, value));
}

/**
 * An object whose every field takes its first sample; when a rule across fields refuses that
 * (a cron checked against the timezone, say), the fields it names try their other samples.
 */
function sampleObject(
  schema: z.ZodType,
  shape: Record<string, z.ZodType>,
  depth: number,
): Record<string, unknown> | undefined {
  const options = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, validSamples(field, depth + 1)]),
  );
  const value = Object.fromEntries(
    Object.entries(options)
      .filter(([, samples]) => samples.length > 0 && samples[0] !== undefined)
      .map(([key, samples]) => [key, samples[0]]),
  );
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = schema.safeParse(value);
    if (result.success) return value;
    const key = result.error.issues.find((issue) => typeof issue.path[0] === "string")?.path[0];
    const tried = key === undefined ? undefined : options[key as string];
    if (!tried || tried.length < 2) return undefined;
    tried.shift();
    value[key as string] = tried[0];
  }
  return undefined;
}

/** One valid input for the schema, or undefined when the generator cannot make one. */
export function validSample(schema: z.ZodType): unknown {
  return validSamples(schema)[0];
}
