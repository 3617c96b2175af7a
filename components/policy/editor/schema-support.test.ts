import { CompletionContext, type Completion } from "@codemirror/autocomplete";
import { EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { policyJsonSchema } from "@/lib/policy/document/json-schema";
import type { JsonSchema } from "./schema-hints";
import { schemaCompletion } from "./schema-support";

const complete = schemaCompletion(policyJsonSchema() as JsonSchema);

/** Completion at the "|" in `text`, and the document after taking the option labelled `pick`. */
function completeAt(text: string, pick?: string) {
  const pos = text.indexOf("|");
  const doc = text.replace("|", "");
  const result = complete(new CompletionContext(EditorState.create({ doc }), pos, true));
  if (!result) return { labels: [], applied: null };
  const labels = result.options.map((option) => option.label);
  const option = result.options.find((candidate: Completion) => candidate.label === pick);
  // An option without `apply` puts its label in.
  const insert = option && (typeof option.apply === "string" ? option.apply : option.label);
  const applied = insert ? doc.slice(0, result.from) + insert + doc.slice(result.to ?? pos) : null;
  return { labels, applied };
}

describe("completion from the policy's JSON Schema", () => {
  it("completes a key typed after its opening quote, keeping the quote and adding the colon", () => {
    const { labels, applied } = completeAt('{\n  "schemaVersion": 2,\n  "hoo|"\n}', "hooks");
    expect(labels).toContain("hooks");
    expect(labels).not.toContain("schemaVersion");
    expect(applied).toBe('{\n  "schemaVersion": 2,\n  "hooks": \n}');
  });

  it("completes a user's keys without repeating those it has, and no colon before one", () => {
    const { labels, applied } = completeAt(
      '{"users": [{"id": "@a:example.org", "act|": true}]}',
      "active",
    );
    expect(labels).toEqual(expect.arrayContaining(["active", "authType", "joinedRooms"]));
    expect(labels).not.toContain("id");
    expect(applied).toBe('{"users": [{"id": "@a:example.org", "active": true}]}');
  });

  it("offers the values the schema names", () => {
    const { labels, applied } = completeAt(
      '{"users": [{"id": "@a:example.org", "authType": "pa|"}]}',
      '"passthrough"',
    );
    expect(labels).toEqual(expect.arrayContaining(['"passthrough"', '"plain"', '"bcrypt"']));
    expect(applied).toBe('{"users": [{"id": "@a:example.org", "authType": "passthrough"}]}');
    expect(completeAt('{"users": [{"active": t|}]}').labels).toEqual(["true", "false"]);
  });
});
