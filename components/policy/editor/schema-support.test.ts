import { CompletionContext } from "@codemirror/autocomplete";
import { EditorState, type TransactionSpec } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import { describe, expect, it } from "vitest";
import { policyJsonSchema } from "@/lib/policy/document/json-schema";
import type { JsonSchema } from "./schema-hints";
import { schemaCompletion, typedToken } from "./schema-support";

const complete = schemaCompletion(policyJsonSchema() as JsonSchema);

/**
 * Completion at the "|" in `text` (a closing quote after it, as the editor adds one, stays), the
 * labels the list shows for what was typed, and the document after picking `pick`.
 */
function completeAt(text: string, pick?: string) {
  const pos = text.indexOf("|");
  let state = EditorState.create({ doc: text.replace("|", ""), selection: { anchor: pos } });
  const result = complete(new CompletionContext(state, pos, true));
  if (!result) return { labels: [], applied: null };
  // What the list shows: options matching the typed text from `from` to the cursor.
  const typed = state.sliceDoc(result.from, result.to ?? pos).toLowerCase();
  const labels = result.options
    .map((option) => option.label)
    .filter((label) => label.toLowerCase().startsWith(typed));
  const option = result.options.find((candidate) => candidate.label === pick);
  if (!option || typeof option.apply !== "function") return { labels, applied: null };
  // A stand-in for the editor's view: the state and the dispatch applying a change to it.
  const view = {
    get state() {
      return state;
    },
    dispatch: (spec: TransactionSpec) => {
      state = state.update(spec).state;
    },
  };
  option.apply(view as unknown as EditorView, option, result.from, result.to ?? pos);
  return { labels, applied: state.doc.toString() };
}

describe("completion from the policy's JSON Schema", () => {
  it("completes a key typed after its opening quote, keeping the quote and adding the colon", () => {
    const { labels, applied } = completeAt('{\n  "schemaVersion": 2,\n  "hoo|"\n}', "hooks");
    expect(labels).toContain("hooks");
    expect(labels).not.toContain("schemaVersion");
    expect(applied).toBe('{\n  "schemaVersion": 2,\n  "hooks": \n}');
  });

  it("completes a user's keys without repeating those it has, and no colon before one", () => {
    const all = completeAt('{"users": [{"id": "@a:example.org", "|"}]}').labels;
    expect(all).toEqual(expect.arrayContaining(["active", "authType", "joinedRooms"]));
    expect(all).not.toContain("id");
    const { labels, applied } = completeAt(
      '{"users": [{"id": "@a:example.org", "act|": true}]}',
      "active",
    );
    expect(labels).toEqual(["active"]);
    expect(applied).toBe('{"users": [{"id": "@a:example.org", "active": true}]}');
  });

  it("offers the values the schema names", () => {
    const all = completeAt('{"users": [{"id": "@a:example.org", "authType": "|"}]}').labels;
    expect(all).toEqual(expect.arrayContaining(['"passthrough"', '"plain"', '"bcrypt"']));
    const { labels, applied } = completeAt(
      '{"users": [{"id": "@a:example.org", "authType": "pa|"}]}',
      '"passthrough"',
    );
    expect(labels).toEqual(['"passthrough"']);
    expect(applied).toBe('{"users": [{"id": "@a:example.org", "authType": "passthrough"}]}');
    expect(completeAt('{"users": [{"active": t|}]}', "true")).toEqual({
      labels: ["true"],
      applied: '{"users": [{"active": true}]}',
    });
  });
});

describe("typedToken", () => {
  it("finds an unclosed string's opening quote, escaped quotes included, else a bare word", () => {
    expect(typedToken('  "hoo')).toEqual({ start: 2, inString: true });
    expect(typedToken('  "a": "say \\"hi')).toEqual({ start: 7, inString: true });
    expect(typedToken('  "active": tr')).toEqual({ start: 12, inString: false });
    expect(typedToken('  "a": "b", ')).toEqual({ start: 12, inString: false });
  });
});
