// The policy planner from the command line (`npm run policy -- …`), offline on files or against
// the connected Synapse. stdout carries only {"actions": [...]} in corporal's shape, so its output
// can be compared with corporal's; everything else (problems, warnings, what cannot be done, a
// summary) goes to stderr. Exit code 0 when a plan was made, 1 when the policy or state file has
// errors (each printed as file:line:column), 2 for wrong usage or a file or server that cannot be read.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readJsonText } from "../lib/policy/document/json-text";
import { parsePolicy, type PolicyProblem } from "../lib/policy/document/parse-policy";
import type { PolicyDocument } from "../lib/policy/document/schema";
import { describeAction } from "../lib/policy/plan/actions";
import { planPolicy, type PolicyPlan } from "../lib/policy/plan/plan-policy";
import { currentStateSchema, type CurrentState } from "../lib/policy/state";

const USAGE = `Usage:
  npm run policy -- plan --policy policy.json --state state.json [options]
  npm run policy -- plan --policy policy.json --live [options]
  npm run policy -- check --policy policy.json [--server-name example.org]

  --state FILE          current state in corporal's shape: {"users": [{"id", "active", "displayName",
                        "avatarMxcUri", "avatarSourceUriHash", "joinedRooms": [{"roomId", "powerLevel"}]}]}
  --live                read the state from the Synapse the console is connected to (.env or environment)
  --server-name NAME    this server's name (offline: taken from the policy's first user when absent)
  --service-user ID     the console's account: never deactivated, never taken out of a managed room
  --applied-by ID       the person who would apply the plan: never deactivated
`;

/** Document warnings shown by `plan`; `check` shows them all. */
const WARNINGS_SHOWN = 20;

class UsageError extends Error {}

const root = path.resolve(import.meta.dirname, "..");
const err = (line: string) => process.stderr.write(`${line}\n`);

function readFileOrThrow(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

function printProblems(file: string, problems: PolicyProblem[], warningsShown = Infinity) {
  const errors = problems.filter((problem) => problem.severity === "error");
  const warnings = problems.filter((problem) => problem.severity === "warning");
  for (const problem of [...errors, ...warnings.slice(0, warningsShown)]) {
    err(`${file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`);
  }
  if (warnings.length > warningsShown) {
    err(
      `… and ${warnings.length - warningsShown} more warnings: npm run policy -- check --policy ${file} lists them all`,
    );
  }
}

/** The server a policy file is for when not told: its first user's. */
function guessServerName(policyText: string): string {
  const users = (readJsonText(policyText).value as { users?: { id?: unknown }[] } | undefined)
    ?.users;
  const firstId = Array.isArray(users) ? users[0]?.id : undefined;
  return typeof firstId === "string" && firstId.includes(":")
    ? firstId.slice(firstId.indexOf(":") + 1)
    : "localhost";
}

function readStateFile(file: string): CurrentState | null {
  const json = readJsonText(readFileOrThrow(file));
  const parsed = json.value === undefined ? null : currentStateSchema.safeParse(json.value);
  const issues = parsed?.error?.issues ?? [];
  const problems = json.problemsWith(issues.map(json.schemaProblem));
  printProblems(file, problems);
  return parsed?.success && problems.length === 0 ? parsed.data : null;
}

type Live = {
  serverName: string;
  serviceUserId: string;
  read(policy: PolicyDocument): Promise<CurrentState>;
};

/** The connected Synapse, through the console's own service account and database. */
async function connectLive(): Promise<Live> {
  if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const [{ getHomeserverOrThrow }, { getServiceSynapse }, { getServiceUserId }, { readLiveState }] =
    await Promise.all([
      import("../lib/homeserver/get-homeserver"),
      import("../lib/homeserver/service-synapse"),
      import("../lib/homeserver/service-user-id"),
      import("../lib/policy/live/read-live-state"),
    ]);
  const { serverName } = await getHomeserverOrThrow();
  const synapse = await getServiceSynapse();
  const serviceUserId = await getServiceUserId(synapse);
  return {
    serverName,
    serviceUserId,
    async read(policy) {
      const { state, requests } = await readLiveState(synapse, policy, {
        serverName,
        serviceUserId,
      });
      err(`read the live state with ${requests} Synapse requests`);
      return state;
    },
  };
}

function printPlan(plan: PolicyPlan) {
  process.stdout.write(`${JSON.stringify({ actions: plan.actions }, null, 2)}\n`);
  for (const warning of plan.warnings) err(`warning: ${warning}`);
  for (const { action, reason, remedy } of plan.impossible) {
    const help = remedy ? ` (make the console room admin in ${remedy.roomId})` : "";
    err(`impossible: ${describeAction(action)}: ${reason}${help}`);
  }
  const counts = new Map<string, number>();
  for (const { type } of plan.actions) counts.set(type, (counts.get(type) ?? 0) + 1);
  const byType = [...counts].map(([type, count]) => `${count} ${type}`).join(", ");
  err(
    `${plan.actions.length} actions${byType ? ` (${byType})` : ""}, ${plan.impossible.length} impossible`,
  );
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: "string" },
      state: { type: "string" },
      live: { type: "boolean", default: false },
      "server-name": { type: "string" },
      "service-user": { type: "string" },
      "applied-by": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const [command] = positionals;
  if (values.help) return (err(USAGE), 0);
  if (command !== "plan" && command !== "check") throw new UsageError("say plan or check");
  if (!values.policy) throw new UsageError("--policy is needed");
  if (command === "plan" && values.live === Boolean(values.state)) {
    throw new UsageError("plan needs --state FILE or --live, one of them");
  }
  const policyText = readFileOrThrow(values.policy);
  const live = command === "plan" && values.live ? await connectLive() : null;
  const serverName = live?.serverName ?? values["server-name"] ?? guessServerName(policyText);
  const { policy, problems } = parsePolicy(policyText, { serverName });
  printProblems(values.policy, problems, command === "check" ? Infinity : WARNINGS_SHOWN);
  if (command === "check" || !policy) return policy ? 0 : 1;

  const state = live ? await live.read(policy) : readStateFile(values.state ?? "");
  if (!state) return 1;
  const context = {
    serviceUserId: live?.serviceUserId ?? values["service-user"],
    appliedBy: values["applied-by"],
  };
  printPlan(planPolicy(state, policy, context));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      err(`policy: ${(error as Error).message}\n\n${USAGE}`);
    } else err(`policy: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
