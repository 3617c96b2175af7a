import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parsePolicy } from "@/lib/policy/document/parse-policy";
import { currentStateSchema } from "@/lib/policy/state";
import { planPolicy } from "./plan-policy";
import { applyToState } from "./testing/apply-to-state";

// One case file per rule in cases/, shaped like corporal's computator testdata
// ({"currentState", "policy", "reconciliationState": {"actions"}}), plus what the console adds:
// "context" (service account, person applying), "impossible" and "warnings" when expected.

const CASES = path.join(__dirname, "cases");
const caseFiles = readdirSync(CASES)
  .filter((name) => name.endsWith(".json"))
  .sort();

const caseSchema = z.strictObject({
  rule: z.string(),
  context: z.object({ serviceUserId: z.string(), appliedBy: z.string() }).partial().optional(),
  currentState: z.unknown(),
  policy: z.unknown(),
  reconciliationState: z.object({ actions: z.array(z.unknown()) }),
  impossible: z
    .array(
      z.object({ action: z.unknown(), reasonIncludes: z.string(), remedy: z.unknown().optional() }),
    )
    .optional(),
  warnings: z.array(z.string()).optional(),
});

function loadCase(name: string) {
  const testCase = caseSchema.parse(JSON.parse(readFileSync(path.join(CASES, name), "utf8")));
  const { policy, problems } = parsePolicy(JSON.stringify(testCase.policy), {
    serverName: "example.org",
  });
  if (!policy)
    throw new Error(`${name}: its policy has errors: ${problems.map((p) => p.message).join("; ")}`);
  return { ...testCase, policy, state: currentStateSchema.parse(testCase.currentState) };
}

it("finds the case files", () => {
  expect(caseFiles.length).toBeGreaterThanOrEqual(20);
});

describe.each(caseFiles)("%s", (name) => {
  const testCase = loadCase(name);
  const plan = planPolicy(testCase.state, testCase.policy, testCase.context);

  it("plans exactly the expected actions, in order", () => {
    expect(plan.actions).toEqual(testCase.reconciliationState.actions);
    expect(plan.warnings).toEqual(testCase.warnings ?? []);
  });

  it("reports what cannot be done, and why", () => {
    const impossible = plan.impossible.map(({ action, reason, remedy }, index) => ({
      action,
      reasonIncludes: reason.includes(testCase.impossible?.[index]?.reasonIncludes ?? "\u0000")
        ? testCase.impossible?.[index]?.reasonIncludes
        : reason,
      ...(remedy ? { remedy } : {}),
    }));
    expect(impossible).toEqual(testCase.impossible ?? []);
  });

  it("plans nothing more once those actions are applied", () => {
    const after = applyToState(testCase.state, plan.actions);
    const again = planPolicy(after, testCase.policy, testCase.context);
    expect(again.actions).toEqual([]);
    expect(again.impossible.map((entry) => entry.action)).toEqual(
      plan.impossible.map((entry) => entry.action),
    );
  });
});
