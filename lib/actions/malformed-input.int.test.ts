import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv, registerTestUser, requireEnv } from "@/lib/testing/integration-env";
import { startSynapseProxy } from "@/lib/synapse/testing/synapse-proxy";
import { unclearBecause } from "./testing/clear-failure";

// The target of the positive control is registered straight at Synapse, before the proxy exists.
const controlTarget = await registerTestUser("malformed-control");

// The console reaches Synapse only through the counting proxy: set before any app module loads.
const synapseUrl = requireEnv("SYNAPSE_URL");
const proxy = await startSynapseProxy(synapseUrl);
process.env.SYNAPSE_URL = proxy.url;
prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { loadAllActions } = await import("./testing/all-actions");
const { malformedInputs } = await import("./testing/malformed-inputs");
const { updateDisplayName } = await import("./update-display-name");
const { db } = await import("@/lib/db");
const { getHomeserverOrThrow } = await import("@/lib/homeserver/get-homeserver");

afterAll(() => proxy.close());

const tag = randomBytes(3).toString("hex");
const admin = { matrixId: `@malformed-admin-${tag}:localhost`, role: "admin" as const };
const operator = { matrixId: `@malformed-operator-${tag}:localhost`, role: "operator" as const };
/** Every fourth input is also sent by an operator. */
const ALSO_AS_OPERATOR_EVERY = 4;

/** Rows of our own database that an action half done would leave behind. */
async function countRows() {
  const [audit, outcomes, runs, jobs, grants, managed, policyVersions, policySettings] =
    await Promise.all([
      db.auditEntry.count(),
      db.auditOutcome.count(),
      db.jobRun.count(),
      db.jobDefinition.count(),
      db.roleGrant.count(),
      db.managedAccount.count(),
      db.policyVersion.count(),
      db.policySettings.findMany(),
    ]);
  return { audit, outcomes, runs, jobs, grants, managed, policyVersions, policySettings };
}

type Outcome = "field errors" | "request refused" | "role refused" | "refused by the action";

function outcomeOf(result: { ok: false; error: string; fieldErrors?: object }): Outcome {
  if (result.fieldErrors && Object.keys(result.fieldErrors).length > 0) return "field errors";
  if (result.error.startsWith("This needs the ")) return "role refused";
  if (result.error.startsWith("The request ")) return "request refused";
  return "refused by the action";
}

describe("malformed input to every action", () => {
  it("is refused with a clear sentence, never throws, and leaves Synapse and the database untouched", async () => {
    const actions = await loadAllActions();
    expect(actions.length).toBeGreaterThan(40);

    // A running console has adopted its connection (service account registered) long before;
    // here the first action to read the homeserver would do it, through the proxy.
    await getHomeserverOrThrow();
    const before = await countRows();
    const firstRequest = proxy.seen.length;
    const problems: string[] = [];
    const outcomes: Record<string, number> = {};
    const perAction: string[] = [];
    const withoutBase: string[] = [];
    const refusedLater: string[] = [];
    let total = 0;

    for (const { file, exportName, definition } of actions) {
      const name = `${file}#${exportName}`;
      const { base, cases } = malformedInputs(definition.input);
      if (base === undefined) withoutBase.push(name);
      let asOperator = 0;
      for (const [index, { label, input }] of cases.entries()) {
        const callers = index % ALSO_AS_OPERATOR_EVERY === 0 ? [admin, operator] : [admin];
        for (const caller of callers) {
          total += 1;
          if (caller === operator) asOperator += 1;
          const where = `${name} as ${caller.role}, ${label}`;
          const sentBefore = proxy.seen.length;
          let result;
          try {
            result = await runAction(definition, input as never, async () => caller);
          } catch (error) {
            problems.push(`${where}: threw ${String(error).slice(0, 200)}`);
            continue;
          }
          const unclear = unclearBecause(result, synapseUrl, proxy.url);
          if (unclear) problems.push(`${where}: ${unclear}`);
          for (const request of proxy.changesSince(sentBefore)) {
            problems.push(`${where}: sent ${request.method} ${request.path.slice(0, 120)}`);
          }
          if (result.ok) continue;
          const outcome = outcomeOf(result);
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          if (outcome === "refused by the action") refusedLater.push(`${where}: ${result.error}`);
        }
      }
      perAction.push(`${name}: ${cases.length} inputs as admin, ${asOperator} also as operator`);
    }

    const changes = proxy.changesSince(firstRequest);
    const after = await countRows();

    console.log(
      [
        `Malformed inputs: ${total} calls over ${actions.length} actions`,
        ...perAction.map((line) => `  ${line}`),
        `Outcomes: ${JSON.stringify(outcomes)}`,
        `Requests that reached Synapse: ${proxy.seen.length - firstRequest} (changes: ${changes.length})`,
        `Actions without a valid base input (only shape-free cases sent): ${withoutBase.join(", ") || "none"}`,
        `Refused by the action itself, after parsing: ${refusedLater.length}`,
        ...refusedLater.slice(0, 30).map((line) => `  ${line.slice(0, 240)}`),
        `Problems: ${problems.length}`,
      ].join("\n"),
    );

    expect(total).toBeGreaterThanOrEqual(200);
    expect(withoutBase).toEqual([]);
    expect(problems.slice(0, 50)).toEqual([]);
    expect(changes).toEqual([]);
    // No audit entry, no half-done job, grant or managed account: parsing comes before all of them.
    expect(after).toEqual(before);
  });

  it("has the Synapse client refuse '.' and '..' as a path part itself, sending nothing", async () => {
    const { getServiceSynapse } = await import("@/lib/homeserver/service-synapse");
    const synapse = await getServiceSynapse();
    const firstRequest = proxy.seen.length;
    for (const deviceId of ["..", ".", "%2e%2e", ""]) {
      await expect(synapse.devices.rename(controlTarget.id, deviceId, "x")).rejects.toMatchObject({
        name: "SynapseError",
        kind: "bad_request",
      });
      await expect(synapse.devices.delete(controlTarget.id, deviceId)).rejects.toMatchObject({
        kind: "bad_request",
      });
    }
    expect(proxy.seen.slice(firstRequest)).toEqual([]);
  });

  it("counts a valid change that does reach Synapse (the positive control)", async () => {
    const before = await countRows();
    const firstRequest = proxy.seen.length;
    const result = await runAction(
      updateDisplayName.definition,
      { userId: controlTarget.id, displayName: "Control passed the proxy" },
      async () => admin,
    );
    expect(result).toMatchObject({ ok: true });
    const changes = proxy.changesSince(firstRequest);
    expect(
      changes.some(
        (request) =>
          request.method === "PUT" && request.path.includes(encodeURIComponent(controlTarget.id)),
      ),
    ).toBe(true);
    // The count above saw this, so it would have seen an audit entry a malformed input left.
    expect((await countRows()).audit).toBeGreaterThan(before.audit);
    const entries = await db.auditEntry.findMany({
      where: { targetId: controlTarget.id },
      include: { outcome: true },
    });
    expect(entries).toMatchObject([
      { action: "user.set_displayname", actorId: admin.matrixId, outcome: { outcome: "success" } },
    ]);
    console.log(
      `Positive control: ${changes.length} changing requests reached Synapse through the proxy`,
    );
  });
});
