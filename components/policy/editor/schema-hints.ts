// What the policy's JSON Schema says about a place in the document, for the editor's completion
// and hover. Only the parts of JSON Schema that zod's toJSONSchema writes are read: properties,
// items, anyOf/oneOf/allOf, local $refs, enum, const, type and description.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  title?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
};

export type JsonPath = (string | number)[];

export type PropertyHint = { name: string; description?: string; type?: string; required: boolean };
export type ValueHint = { text: string; description?: string };

/** Follows a local "#/…" reference; an unknown one ends at an empty schema. */
function resolve(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema {
  if (!schema.$ref || depth > 20) return schema;
  if (!schema.$ref.startsWith("#")) return {};
  const parts = schema.$ref.slice(1).split("/").filter(Boolean);
  let target: unknown = root;
  for (const part of parts) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    target =
      target && typeof target === "object" ? (target as Record<string, unknown>)[key] : undefined;
  }
  return target && typeof target === "object" ? resolve(root, target as JsonSchema, depth + 1) : {};
}

/** The schema and every alternative under it (anyOf, oneOf, allOf), references followed. */
function alternatives(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema[] {
  const resolved = resolve(root, schema);
  const nested = [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])];
  if (depth > 10 || nested.length === 0) return [resolved];
  return [resolved, ...nested.flatMap((inner) => alternatives(root, inner, depth + 1))];
}

function childAt(schema: JsonSchema, segment: string | number): JsonSchema | undefined {
  if (typeof segment === "number") {
    if (Array.isArray(schema.items)) return schema.items[segment];
    return schema.prefixItems?.[segment] ?? schema.items;
  }
  return schema.properties?.[segment];
}

/** The schemas that may describe the value at `path` (several where the schema has a union). */
export function schemasAt(root: JsonSchema, path: JsonPath): JsonSchema[] {
  let current = [root];
  for (const segment of path) {
    current = current
      .flatMap((schema) => alternatives(root, schema))
      .map((schema) => childAt(schema, segment))
      .filter((schema): schema is JsonSchema => schema !== undefined);
    if (current.length === 0) return [];
  }
  return current;
}

function typeOf(root: JsonSchema, schema: JsonSchema): string | undefined {
  const types = new Set<string>();
  for (const alternative of alternatives(root, schema)) {
    const type = alternative.type;
    for (const one of Array.isArray(type) ? type : type ? [type] : []) types.add(one);
  }
  return types.size > 0 ? [...types].join(" or ") : undefined;
}

function descriptionOf(root: JsonSchema, schemas: JsonSchema[]): string | undefined {
  for (const schema of schemas) {
    // A description may sit beside a $ref (2020-12 allows it), so the schema's own comes first.
    if (schema.description) return schema.description;
    const found = alternatives(root, schema).find((alternative) => alternative.description);
    if (found?.description) return found.description;
  }
  return undefined;
}

/** The properties an object at `path` may have, each with its description and type. */
export function propertyHints(root: JsonSchema, path: JsonPath): PropertyHint[] {
  const hints = new Map<string, PropertyHint>();
  for (const schema of schemasAt(root, path).flatMap((one) => alternatives(root, one))) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (hints.has(name)) continue;
      hints.set(name, {
        name,
        description: descriptionOf(root, [property]),
        type: typeOf(root, property),
        required: schema.required?.includes(name) ?? false,
      });
    }
  }
  return [...hints.values()];
}

/** The values the schema names for `path` (enum members, constants, true and false), as JSON text. */
export function valueHints(root: JsonSchema, path: JsonPath): ValueHint[] {
  const values = new Map<string, ValueHint>();
  const add = (value: unknown, description?: string) => {
    const text = JSON.stringify(value);
    if (!values.has(text)) values.set(text, { text, description });
  };
  for (const schema of schemasAt(root, path).flatMap((one) => alternatives(root, one))) {
    for (const value of schema.enum ?? []) add(value, schema.description);
    if ("const" in schema) add(schema.const, schema.description);
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes("boolean")) [true, false].forEach((value) => add(value));
  }
  return [...values.values()];
}

/** What the schema says about the field at `path`, for a hover; null when it says nothing. */
export function describeField(
  root: JsonSchema,
  path: JsonPath,
): { name: string; type?: string; description?: string } | null {
  const schemas = schemasAt(root, path);
  const last = path.at(-1);
  if (schemas.length === 0 || last === undefined) return null;
  const description = descriptionOf(root, schemas);
  const type = schemas.map((schema) => typeOf(root, schema)).find(Boolean);
  if (!description && !type) return null;
  return { name: typeof last === "number" ? `item ${last + 1}` : last, type, description };
}
