import {
  insertCompletionText,
  pickedCompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from "@codemirror/autocomplete";
import { hoverTooltip, type EditorView, type Tooltip } from "@codemirror/view";
import { findNodeAtLocation, getLocation, parseTree } from "jsonc-parser";
import { describeField, propertyHints, valueHints, type JsonSchema } from "./schema-hints";

/**
 * Where the key or value being typed starts in the line before the cursor: at the opening quote
 * of a string not yet closed (JSON strings never span lines), else at a bare word (true, 12).
 */
export function typedToken(before: string): { start: number; inString: boolean } {
  let start = -1;
  for (let index = 0; index < before.length; index++) {
    const char = before.charAt(index);
    if (start === -1) {
      if (char === '"') start = index;
    } else if (char === "\\") index++;
    else if (char === '"') start = -1;
  }
  if (start !== -1) return { start, inString: true };
  const word = /[\w.+-]*$/.exec(before)?.[0] ?? "";
  return { start: before.length - word.length, inString: false };
}

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

/**
 * Puts `insert` in place of what was typed. Inside a string, the closing quote the editor added
 * after the cursor is taken in too, since `insert` brings its own (the typed text, which the list
 * is matched against, ends at the cursor).
 */
export function replaceTyped(insert: string, inString: boolean) {
  return (view: EditorView, completion: Completion, from: number, to: number) => {
    const end = inString && view.state.sliceDoc(to, to + 1) === '"' ? to + 1 : to;
    view.dispatch({
      ...insertCompletionText(view.state, insert, from, end),
      annotations: pickedCompletion.of(completion),
    });
  };
}

/** Completion of property names and of the values the schema names (enums, constants, booleans). */
export function schemaCompletion(schema: JsonSchema) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const typed = typedToken(line.text.slice(0, context.pos - line.from));
    const tokenFrom = line.from + typed.start;
    if (tokenFrom === context.pos && !context.explicit) return null;
    const text = context.state.doc.toString();
    const location = getLocation(text, context.pos);
    const { inString } = typed;
    // What follows the closing quote, if the editor added one after the cursor.
    const after = text.slice(
      inString && text.charAt(context.pos) === '"' ? context.pos + 1 : context.pos,
    );
    if (location.isAtPropertyKey) {
      const parent = location.path.slice(0, -1);
      const taken = existingKeys(text, parent, location.path.at(-1));
      const colon = /^\s*:/.test(after) ? "" : ": ";
      // The list is matched against the name, not its opening quote, which stays.
      return {
        from: inString ? tokenFrom + 1 : tokenFrom,
        options: propertyHints(schema, parent)
          .filter((hint) => !taken.has(hint.name))
          .map((hint) => ({
            label: hint.name,
            apply: replaceTyped(`${inString ? "" : '"'}${hint.name}"${colon}`, inString),
            detail: [hint.type, hint.required ? "required" : null].filter(Boolean).join(", "),
            info: hint.description,
            type: "property",
          })),
      };
    }
    const values = valueHints(schema, location.path);
    if (values.length === 0) return null;
    return {
      from: tokenFrom,
      options: values.map((hint) => ({
        label: hint.text,
        apply: replaceTyped(hint.text, inString),
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
