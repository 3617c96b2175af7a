import type { CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import { hoverTooltip, type Tooltip } from "@codemirror/view";
import { findNodeAtLocation, getLocation, parseTree } from "jsonc-parser";
import { describeField, propertyHints, valueHints, type JsonSchema } from "./schema-hints";

/** The key or value being typed: an opening quote and what follows it, or a bare word. */
const PARTIAL_TOKEN = /"(?:[^"\\]|\\.)*$|[\w.+-]*$/;

/** Keys the object at `path` has already, so completion does not offer them again. */
function existingKeys(
  text: string,
  path: (string | number)[],
  typing: string | number | undefined,
) {
  const tree = parseTree(text);
  const node = tree && findNodeAtLocation(tree, path);
  const keys = (node?.children ?? []).map((property) => property.children?.[0]?.value as unknown);
  return new Set(keys.filter((key): key is string => typeof key === "string" && key !== typing));
}

/** Completion of property names and of the values the schema names (enums, constants, booleans). */
export function schemaCompletion(schema: JsonSchema) {
  return (context: CompletionContext): CompletionResult | null => {
    const token = context.matchBefore(PARTIAL_TOKEN);
    if (!token || (token.text === "" && !context.explicit)) return null;
    const text = context.state.doc.toString();
    const location = getLocation(text, context.pos);
    // A closing quote right after the cursor belongs to the token being replaced.
    const to = text.charAt(context.pos) === '"' ? context.pos + 1 : context.pos;
    if (location.isAtPropertyKey) {
      const parent = location.path.slice(0, -1);
      const taken = existingKeys(text, parent, location.path.at(-1));
      const colon = /^\s*:/.test(text.slice(to)) ? "" : ": ";
      // Completion matches the name, not its opening quote: the quote stays and is not retyped.
      const quoted = token.text.startsWith('"');
      return {
        from: quoted ? token.from + 1 : token.from,
        to,
        options: propertyHints(schema, parent)
          .filter((hint) => !taken.has(hint.name))
          .map((hint) => ({
            label: hint.name,
            apply: `${quoted ? "" : '"'}${hint.name}"${colon}`,
            detail: [hint.type, hint.required ? "required" : null].filter(Boolean).join(", "),
            info: hint.description,
            type: "property",
          })),
      };
    }
    const values = valueHints(schema, location.path);
    if (values.length === 0) return null;
    return {
      from: token.from,
      to,
      options: values.map((hint) => ({
        label: hint.text,
        info: hint.description,
        type: "constant",
      })),
    };
  };
}

function hoverDom(field: NonNullable<ReturnType<typeof describeField>>) {
  const dom = document.createElement("div");
  dom.className = "max-w-sm space-y-1 p-2 text-xs";
  const title = dom.appendChild(document.createElement("p"));
  title.className = "font-mono font-medium";
  title.textContent = field.type ? `${field.name}: ${field.type}` : field.name;
  if (field.description) {
    const description = dom.appendChild(document.createElement("p"));
    description.textContent = field.description;
  }
  return dom;
}

/** Hovering a key or value shows the field's type and what the schema says it does. */
export function schemaHover(schema: JsonSchema) {
  return hoverTooltip((view, pos): Tooltip | null => {
    const line = view.state.doc.lineAt(pos);
    if (pos === line.to) return null;
    const location = getLocation(view.state.doc.toString(), pos);
    const field = describeField(schema, location.path);
    if (!field) return null;
    return { pos, above: true, create: () => ({ dom: hoverDom(field) }) };
  });
}
