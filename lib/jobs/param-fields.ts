import { z } from "zod";
import { labelOf } from "@/lib/format/field-label";

// A job kind's parameters as form fields, made from its zod schema (through its JSON Schema), so
// the job form offers inputs with their bounds and choices instead of raw JSON. Only what a field
// can hold is described: nested objects and lists of objects stay in the JSON below the fields.

type Common = { name: string; label: string; required: boolean; help: string };

export type ParamField =
  | (Common & { type: "number"; min?: number; max?: number; integer: boolean })
  | (Common & { type: "boolean"; defaultValue?: boolean })
  | (Common & { type: "choice"; options: string[] })
  | (Common & { type: "text"; date: boolean })
  | (Common & { type: "lines" });

/** Fields of an object schema, or of each branch of a union told apart by one constant field. */
export type ParamForm =
  | { shape: "fields"; fields: ParamField[]; rest: string[] }
  | { shape: "variants"; by: string; variants: Record<string, ParamForm & { shape: "fields" }> }
  | { shape: "json" };

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  format?: string;
  default?: unknown;
  description?: string;
};

const numberHelp = (schema: JsonSchema) => {
  const range =
    schema.minimum !== undefined && schema.maximum !== undefined
      ? `${schema.minimum.toLocaleString("en")}–${schema.maximum.toLocaleString("en")}`
      : "";
  const fallback = schema.default !== undefined ? `default ${String(schema.default)}` : "";
  return [range, fallback].filter(Boolean).join(", ");
};

/** A nullable value ({anyOf: [X, null]}) is read as an optional X. */
function unwrapNullable(schema: JsonSchema): JsonSchema {
  const options = schema.anyOf?.filter((option) => option.type !== "null");
  return options?.length === 1 && options[0] ? options[0] : schema;
}

function fieldOf(name: string, raw: JsonSchema, required: boolean): ParamField | null {
  const schema = unwrapNullable(raw);
  const common = { name, label: labelOf(name), required, help: schema.description ?? "" };
  if (schema.type === "integer" || schema.type === "number") {
    const help = [common.help, numberHelp(schema)].filter(Boolean).join("; ");
    return {
      ...common,
      help,
      type: "number",
      integer: schema.type === "integer",
      min: schema.minimum,
      max: schema.maximum,
    };
  }
  if (schema.type === "boolean") {
    const defaultValue = typeof schema.default === "boolean" ? schema.default : undefined;
    return { ...common, type: "boolean", defaultValue };
  }
  if (schema.type === "string" && schema.enum) {
    const help = schema.default !== undefined ? `default ${String(schema.default)}` : common.help;
    return { ...common, help, type: "choice", options: schema.enum.map(String) };
  }
  if (schema.type === "string") return { ...common, type: "text", date: schema.format === "date" };
  if (schema.type === "array" && schema.items?.type === "string") {
    const most = schema.maxItems ? `at most ${schema.maxItems}` : "";
    return { ...common, type: "lines", help: ["one per line", most].filter(Boolean).join(", ") };
  }
  return null;
}

function objectForm(schema: JsonSchema, skip?: string): ParamForm & { shape: "fields" } {
  const fields: ParamField[] = [];
  const rest: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (name === skip) continue;
    const field = fieldOf(name, property, schema.required?.includes(name) ?? false);
    if (field) fields.push(field);
    else rest.push(name);
  }
  return { shape: "fields", fields, rest };
}

/** The form of a job kind's parameter schema (its input side: defaults make fields optional). */
export function describeParamForm(params: z.ZodType): ParamForm {
  let schema: JsonSchema;
  try {
    schema = z.toJSONSchema(params, { io: "input", unrepresentable: "any" }) as JsonSchema;
  } catch {
    return { shape: "json" };
  }
  if (schema.type === "object") return objectForm(schema);
  const branches = schema.oneOf ?? schema.anyOf;
  const first = branches?.[0]?.properties ?? {};
  const by = Object.keys(first).find((name) =>
    branches?.every((branch) => branch.properties?.[name]?.const !== undefined),
  );
  if (!branches || !by) return { shape: "json" };
  const variants: Record<string, ParamForm & { shape: "fields" }> = {};
  for (const branch of branches) {
    variants[String(branch.properties?.[by]?.const)] = objectForm(branch, by);
  }
  return { shape: "variants", by, variants };
}
