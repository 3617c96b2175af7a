// Test harness, not app code: starts an audited step whose work never ends, prints the entry's
// request ID once the entry is written, and waits to be killed (SIGKILL) by the test, as a crash
// in the middle of a change would leave it. Used by lib/audit/sweep-unfinished.int.test.ts.
import { randomUUID } from "node:crypto";
import { writeSync } from "node:fs";
import { runAudited } from "@/lib/audit/run-audited";

const requestId = randomUUID();
void runAudited(
  { actor: { id: "@crash-audit:localhost" }, action: "test.crash_mid_step", requestId },
  () => {
    writeSync(1, `${JSON.stringify({ requestId })}\n`);
    return new Promise<never>(() => {
      // Keeps the process busy until it is killed.
      setInterval(() => undefined, 60_000);
    });
  },
);
