import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePolicy } from "@/lib/policy/document/parse-policy";
import { planPolicy } from "@/lib/policy/plan/plan-policy";
import { currentStateSchema } from "@/lib/policy/state";

// The policy CLI run as people run it, in a child process, on the example files.

const root = path.resolve(__dirname, "..");
const examples = path.join(root, "lib/policy/examples");
const scratch = mkdtempSync(path.join(tmpdir(), "policy-cli-"));
const TIMEOUT = 60_000;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", timeout: TIMEOUT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const policyCli = (...args: string[]) =>
  run(path.join(root, "node_modules/.bin/tsx"), [
    "--conditions=react-server",
    "scripts/policy.ts",
    ...args,
  ]);
const scratchFile = (name: string, text: string) => {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
};

describe("npm run policy -- plan", () => {
  it(
    "prints the planner's actions for corporal's files as {actions} and the rest on stderr",
    () => {
      const policyFile = path.join(examples, "corporal-policy.json");
      const stateFile = path.join(examples, "corporal-state.json");
      const { code, stdout, stderr } = run("npm", [
        "run",
        "--silent",
        "policy",
        "--",
        "plan",
        "--policy",
        policyFile,
        "--state",
        stateFile,
      ]);
      expect(code).toBe(0);
      const printed = JSON.parse(stdout) as Record<string, unknown>;
      expect(Object.keys(printed)).toEqual(["actions"]);
      const { policy } = parsePolicy(readFileSync(policyFile, "utf8"), {
        serverName: "example.org",
      });
      const state = currentStateSchema.parse(JSON.parse(readFileSync(stateFile, "utf8")));
      if (!policy) throw new Error("the example policy does not parse");
      expect(printed.actions).toEqual(planPolicy(state, policy).actions);
      expect((printed.actions as unknown[]).length).toBe(15);
      expect(stderr).toContain(
        `${policyFile}:60:7: warning: users[1].authType: kept, not enforced by the console`,
      );
      expect(stderr).toContain("15 actions (1 user.create, 1 user.activate,");
    },
    TIMEOUT,
  );

  it(
    "exits 1 with file:line:column for each error of a bad policy, printing no plan",
    () => {
      const policyFile = scratchFile(
        "bad-policy.json",
        `{
  "schemaVersion": 2,
  "managedRoomIds": ["!a:example.org"],
  "users": [
    { "id": "@ann:example.org", "active": "yes" },
    { "id": "@bob:elsewhere.net", "active": true, "joinedRooms": [{ "roomId": "!b:example.org" }] }
  ]
}
`,
      );
      const stateFile = path.join(examples, "corporal-state.json");
      const { code, stdout, stderr } = policyCli(
        "plan",
        "--policy",
        policyFile,
        "--state",
        stateFile,
      );
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toEqual([
        `${policyFile}:5:43: error: users[0].active: must be true (an account) or false (deactivated)`,
      ]);
      const fixed = scratchFile(
        "fixed-types.json",
        readFileSync(policyFile, "utf8").replace('"yes"', "true"),
      );
      const second = policyCli(
        "plan",
        "--policy",
        fixed,
        "--state",
        stateFile,
        "--server-name",
        "example.org",
      );
      expect(second.code).toBe(1);
      expect(second.stderr.trim().split("\n")).toEqual([
        `${fixed}:6:13: error: users[1].id: @bob:elsewhere.net is not on this server (example.org); corporal refuses it too`,
        `${fixed}:6:79: error: users[1].joinedRooms[0].roomId: !b:example.org is not in managedRoomIds: add it there, or remove it here (corporal ignores it)`,
      ]);
    },
    TIMEOUT,
  );

  it(
    "exits 1 naming the place in a bad state file, and 2 when neither --state nor --live is given",
    () => {
      const policyFile = path.join(examples, "console-policy.json");
      const stateFile = scratchFile(
        "bad-state.json",
        `{"users": [{"id": "@a:example.org", "joinedRooms": []}]}`,
      );
      const badState = policyCli("plan", "--policy", policyFile, "--state", stateFile);
      expect(badState.code).toBe(1);
      expect(badState.stdout).toBe("");
      expect(badState.stderr.trim()).toBe(`${stateFile}:1:12: error: users[0].active: is required`);

      const usage = policyCli("plan", "--policy", policyFile);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain("plan needs --state FILE or --live, one of them");
    },
    TIMEOUT,
  );
});
