// The plain loops the policy benchmark compares the console with: the same Synapse requests sent
// with fetch, answers parsed as JSON, at the console's own concurrency, and nothing else.
import { mapWithConcurrency } from "../../lib/synapse";
import { replay, type RecordedRequest } from "./recorded-requests";
import type { Membership } from "./seed-policy";

function throwOnFailures(results: Array<{ ok: boolean; error?: unknown }>, what: string) {
  const failed = results.find((result) => !result.ok);
  if (failed) throw new Error(`${what} failed: ${String(failed.error)}`);
}

/**
 * The live read as a plain script would send it: the first page of users alone (its total says how
 * many pages follow), then every other request, `concurrency` at a time.
 */
export async function replayLiveRead(requests: RecordedRequest[], concurrency: number) {
  const [first, ...rest] = requests;
  if (!first) throw new Error("nothing to replay");
  await replay(first);
  throwOnFailures(await mapWithConcurrency(rest, concurrency, replay), "a replayed read");
}

/** POST /_synapse/admin/v1/join/<room> {user_id} for each membership, `concurrency` at a time. */
export async function plainJoins(
  synapseUrl: string,
  token: string,
  memberships: Membership[],
  concurrency: number,
) {
  const results = await mapWithConcurrency(memberships, concurrency, async ({ userId, roomId }) => {
    const response = await fetch(
      `${synapseUrl}/_synapse/admin/v1/join/${encodeURIComponent(roomId)}`,
      {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ user_id: userId }),
      },
    );
    const body = (await response.json()) as { room_id?: string };
    if (response.status !== 200 || !body.room_id) {
      throw new Error(`joining ${userId} to ${roomId} answered ${response.status}`);
    }
  });
  throwOnFailures(results, "a plain join");
}
