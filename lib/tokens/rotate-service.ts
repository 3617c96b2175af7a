import "server-only";
import { runAudited } from "@/lib/audit/run-audited";
import { seal } from "@/lib/crypto/secrets-key";
import { db } from "@/lib/db";
import { getHomeserverRow, saveServiceToken } from "@/lib/data/homeserver";
import type { Connection } from "@/lib/homeserver/connection";
import type { JobContext } from "@/lib/jobs/job-kind";
import {
  DEFAULT_SERVICE_LOCALPART,
  deriveServicePassword,
  type LoginResult,
  type PasswordLogin,
  type SynapseClient,
} from "@/lib/synapse";
import { RotationStepError, step, verifyToken } from "./rotation-steps";

/**
 * The service account cannot use login-as-user (Synapse refuses an admin logging in as itself), so
 * its new token comes from a password login, which makes a device; the old device goes after the
 * grace period. Requests already holding the old token keep working until then.
 */
export async function rotateServiceAccount(
  synapse: SynapseClient,
  connection: Connection,
  account: { userId: string; graceMinutes: number },
  context: JobContext,
) {
  const { userId } = account;
  try {
    const login = serviceLogin(connection, userId);
    const session = await step(context, userId, "mint", async () => {
      let fresh: LoginResult | null = null;
      // The audit outcome records what the work returns, so the token stays out of it.
      await runAudited(
        {
          actor: { id: context.actorId },
          action: "token.mint",
          target: { type: "user", id: userId },
          input: { method: "password login", requestedBy: context.requestedBy },
        },
        async () => {
          fresh = await synapse.session.login(login);
          return { deviceId: fresh.device_id };
        },
      );
      if (!fresh) throw new Error("The password login returned no session.");
      return fresh as LoginResult;
    });
    await step(context, userId, "verify", () => verifyToken(synapse, userId, session.access_token));
    const issuedAt = new Date();
    const revokeAfter = new Date(issuedAt.getTime() + account.graceMinutes * 60_000);
    const old = await step(
      context,
      userId,
      "deliver",
      async () => {
        const previous = (await getHomeserverRow())?.deviceId ?? null;
        await saveServiceToken(seal(session.access_token), session.device_id);
        return { deviceId: session.device_id, previous };
      },
      (value) => value,
    );
    await step(context, userId, "schedule_revoke", async () => {
      if (!old.previous || old.previous === session.device_id) return null;
      const row = { revokeAfter, runId: context.runId, tokenEncrypted: null };
      await db.pendingRevocation.upsert({
        where: { userId_deviceId: { userId, deviceId: old.previous } },
        create: { userId, deviceId: old.previous, ...row },
        update: { ...row, revokedAt: null, error: null },
      });
      return { deviceId: old.previous };
    });
    await db.managedAccount.update({
      where: { userId },
      data: {
        lastRotationAt: new Date(),
        lastRotationOk: true,
        lastRotationError: null,
        tokenIssuedAt: issuedAt,
        currentDeviceId: session.device_id,
      },
    });
    return { userId, deviceId: session.device_id, oldDevice: old.previous, revokeAfter };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.managedAccount.update({
      where: { userId },
      data: { lastRotationAt: new Date(), lastRotationOk: false, lastRotationError: message },
    });
    throw error instanceof RotationStepError ? error : new RotationStepError("rotate", message);
  }
}

function serviceLogin(connection: Connection, userId: string): PasswordLogin {
  const deviceDisplayName = "synapse-console service account (rotated)";
  if (connection.method === "password") {
    return { user: connection.userId ?? userId, password: connection.secret, deviceDisplayName };
  }
  if (connection.method === "shared_secret") {
    const localpart = connection.localpart ?? DEFAULT_SERVICE_LOCALPART;
    const password = deriveServicePassword(connection.secret, localpart);
    return { user: localpart, password, deviceDisplayName };
  }
  throw new Error(
    "The console signs in with a fixed admin access token (SYNAPSE_ADMIN_TOKEN); rotate it there.",
  );
}
