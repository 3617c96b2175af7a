// The fault test for token rotation: the process rotating a token is killed (SIGKILL) at
// each step, then the run is resumed. Afterwards exactly one token works in Synapse and it is
// the one the console stores, the old token is revoked, no device is left behind, and the run
// says what happened.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";
import { adminTestClient, registerTestUser, testHttp } from "@/lib/synapse/testing/synapse-fixture";
import { startLocalHttpServer } from "@/lib/synapse/testing/local-http-server";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { unseal } = await import("@/lib/crypto/secrets-key");
const { runAction } = await import("@/lib/actions/define-action");
const { manageTokenAccount } = await import("@/lib/actions/manage-token-account");
const { tokenRotationKind } = await import("@/lib/jobs/kinds/token-rotation");
const { createTestRun, itemsOf, testRunContext } = await import("@/lib/devices/testing/test-run");
const { whoAmI } = await import("@/lib/synapse/session");
const { isSynapseError } = await import("@/lib/synapse");

const ADMIN = "@token-admin:localhost";
const ROOT = path.resolve(import.meta.dirname, "../..");
const { client: admin } = await adminTestClient();

/** Whom the token acts as, or "401" once Synapse no longer accepts it. */
async function whoHolds(token: string) {
  try {
    return (await whoAmI(testHttp(), token)).user_id;
  } catch (error) {
    if (isSynapseError(error, "unauthorized")) return "401";
    throw error;
  }
}

// The webhook: keeps every token it is sent, per user; can kill the rotating process instead of
// answering, which is a crash after the POST left and before its answer was seen.
const received = new Map<string, string[]>();
let killOnDelivery: (() => void) | null = null;
const webhook = await startLocalHttpServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, string>;
    const tokens = received.get(body.user_id ?? "") ?? [];
    received.set(body.user_id ?? "", [...tokens, body.access_token ?? ""]);
    if (killOnDelivery) {
      killOnDelivery();
      killOnDelivery = null;
      return;
    }
    response.writeHead(204).end();
  });
});
afterAll(() => webhook.close());

/** Runs the rotation in a child process that kills itself at `point`; returns what it printed. */
function rotateAndKill(runId: string, userId: string, point: string) {
  // Node itself, with tsx as a loader: the PID killed is the process doing the work.
  const script = "lib/tokens/testing/rotation-child.ts";
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", script, runId, userId, point],
    { cwd: ROOT, env: process.env, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (point === "webhook_posted") killOnDelivery = () => child.kill("SIGKILL");
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  return new Promise<{ signal: string | null; note: Record<string, unknown> }>((resolve) => {
    child.on("close", (_code, signal) => {
      const last = out.trim().split("\n").filter(Boolean).at(-1);
      resolve({ signal, note: last ? (JSON.parse(last) as Record<string, unknown>) : {} });
    });
  });
}

async function resume(runId: string, userId: string) {
  const params = tokenRotationKind.params.parse({ userId });
  try {
    return {
      ok: true as const,
      summary: await tokenRotationKind.run(params, testRunContext(runId)),
    };
  } catch (error) {
    return { ok: false as const, error: (error as Error).message };
  }
}

const POINTS = ["mint_answered", "mint", "verify", "webhook_posted", "deliver", "schedule_revoke"];

describe("a token rotation whose process is killed", () => {
  it.each(POINTS)("killed at %s, is finished by the resumed run", async (point) => {
    const bot = await registerTestUser({ admin: false, prefix: `crashrot-${point}` });
    const managed = await runAction(
      manageTokenAccount.definition,
      {
        userId: bot.userId,
        maxTokenAgeDays: 30,
        graceMinutes: 0,
        currentDeviceId: bot.deviceId,
        // The test's receiver is plain http on loopback, which an admin must allow.
        webhookUrl: `${webhook.url}/tokens`,
        webhookAllowPrivate: true,
        webhookSecret: "crash-test-secret",
      },
      async () => ({ matrixId: ADMIN, role: "admin" as const }),
    );
    expect(managed).toMatchObject({ ok: true });
    const runId = await createTestRun("token_rotation", { userId: bot.userId }, ADMIN);

    const killed = await rotateAndKill(runId, bot.userId, point);
    expect(killed.signal).toBe("SIGKILL");
    expect(killed.note.finished).toBeUndefined();
    // The old token is untouched by the killed attempt.
    expect(await whoHolds(bot.token)).toBe(bot.userId);

    const resumed = await resume(runId, bot.userId);

    // One token is the console's: stored, working, and the only one the webhook last received.
    const account = await db.managedAccount.findUniqueOrThrow({ where: { userId: bot.userId } });
    const current = unseal(account.currentTokenEncrypted ?? "");
    expect(await whoHolds(current)).toBe(bot.userId);
    const delivered = received.get(bot.userId) ?? [];
    expect(delivered.at(-1)).toBe(current);
    for (const token of new Set(delivered)) {
      expect(await whoHolds(token)).toBe(token === current ? bot.userId : "401");
    }
    // The old token was revoked (grace 0) and no device is left: login-as-user makes none.
    expect(await whoHolds(bot.token)).toBe("401");
    expect((await admin.devices.list(bot.userId)).devices).toEqual([]);
    // The attempt is closed and keeps no copy of the token.
    const attempts = await db.rotationAttempt.findMany({ where: { userId: bot.userId } });
    expect(attempts).toMatchObject([{ runId, state: "current", tokenEncrypted: null }]);
    const items = await itemsOf(runId);
    for (const step of ["mint", "verify", "deliver", "schedule_revoke"]) {
      expect(items.find((item) => item.key === `${bot.userId} ${step}`)).toMatchObject({
        ok: true,
      });
    }
    const mints = await db.auditEntry.count({
      where: { action: "token.mint", targetId: bot.userId },
    });

    if (point === "mint_answered") {
      // The one window no record can close: Synapse answered and the process died before the
      // store. The resumed run rotates, and says plainly that a token may be out there.
      expect(resumed).toMatchObject({ ok: false, error: expect.stringContaining("rotated, but") });
      expect(resumed.ok || resumed.error).toContain("never held it");
      expect(account).toMatchObject({ lastRotationOk: true });
      expect(account.lastRotationError).toContain("never held it");
      expect(mints).toBe(2);
      // The lost token is device-less and unknown to the console: Synapse still honours it.
      expect(await whoHolds(String(killed.note.lostToken))).toBe(bot.userId);
      return;
    }
    expect(resumed).toMatchObject({ ok: true, summary: { rotated: [bot.userId], revoked: 1 } });
    expect(account).toMatchObject({ lastRotationOk: true, lastRotationError: null });
    // Minted once: the resumed run carried on with the stored token.
    expect(mints).toBe(1);
  });
});
