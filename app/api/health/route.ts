import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Load balancers want an answer, not a wait: past this, the database counts as down. */
const HEALTH_TIMEOUT_MS = 2_000;

/** For load balancers, the test rig and the error pages: the console answers and its database does too. */
export async function GET() {
  const timeout = new Promise<never>((_resolve, reject) => {
    setTimeout(() => reject(new Error("timed out")), HEALTH_TIMEOUT_MS).unref();
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "error", problem: "database unreachable" }, { status: 503 });
  }
}
