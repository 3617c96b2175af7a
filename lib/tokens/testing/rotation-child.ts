// Test harness, not app code: runs one token_rotation attempt in a process of its own and kills
// that process with SIGKILL at a chosen point, as a crash or an OOM kill would. Used by
// lib/tokens/rotation-crash.int.test.ts through `tsx --conditions=react-server`.
//   argv: <runId> <userId> <killPoint>
//   killPoint "mint_answered": right after Synapse returned the new token, before anything else;
//   any other value: right after the run item "<userId> <killPoint>" is written.
import { writeSync } from "node:fs";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { createRunContext } from "@/lib/jobs/run-context";
import type { JobContext } from "@/lib/jobs/job-kind";
import { rotateTokens } from "@/lib/tokens/rotate-tokens";

const [runId = "", userId = "", killPoint = ""] = process.argv.slice(2);
if (!runId || !userId || !killPoint)
  throw new Error("usage: rotation-child <runId> <userId> <point>");

const die = (note: Record<string, unknown>) => {
  // Synchronous, so the line is out before the kill.
  writeSync(1, `${JSON.stringify({ killedAt: killPoint, ...note })}\n`);
  process.kill(process.pid, "SIGKILL");
};

// Not top-level await: tsx runs this file as CommonJS (package.json has no "type").
async function main() {
  const real = await getServiceSynapse();
  const synapse = {
    ...real,
    users: {
      ...real.users,
      loginAs: async (...args: Parameters<typeof real.users.loginAs>) => {
        const answer = await real.users.loginAs(...args);
        if (killPoint === "mint_answered") die({ lostToken: answer.access_token });
        return answer;
      },
    },
  };

  const base = createRunContext({
    runId,
    definitionId: null,
    requestedBy: "@crash-test:localhost",
    signal: new AbortController().signal,
    isKilled: () => false,
  });
  const context: JobContext = {
    ...base,
    async recordItem(item) {
      await base.recordItem(item);
      if (item.key === `${userId} ${killPoint}`) die({});
    },
  };

  const homeserver = await getHomeserverOrThrow();
  const serviceUserId = (await real.session.whoAmI()).user_id;
  await rotateTokens({ userId }, context, {
    synapse,
    connection: homeserver.connection,
    serviceUserId,
  });
}

main().then(
  () => {
    writeSync(1, `${JSON.stringify({ finished: true })}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
