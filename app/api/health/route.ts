import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers and the test rig: the console answers and its database does too. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "error", problem: "database unreachable" }, { status: 503 });
  }
}
