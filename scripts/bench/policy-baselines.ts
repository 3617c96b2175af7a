// The plain loops the policy benchmark compares the console with: the same Synapse requests sent
// with fetch, answers parsed as JSON, at the console's own concurrency, and nothing else.
import { createLimiter, mapWithConcurrency } from "../../lib/synapse";
import { replay, type RecordedRequest } from "./recorded-requests";
import type { Membership } from "./seed-policy";

function throwOnFailures(results: Array<{ ok: boolean; error?: unknown }>, what: string) {
  const failed = results.find((result) => !result.ok);
  if (failed) throw new Error(`${what} failed: ${String(failed.error)}`);
}

/** A page of the users list (GET /_synapse/admin/v3/users, or v2 on older servers). */
const isUsersPage = (request: RecordedRequest) =>
  /^\/_synapse\/admin\/v[23]\/users$/.test(new URL(request.url).pathname);

/**
 * The live read's requests as a good plain script would send them, `concurrency` in flight at
 * most: the first page of users (its total says how many pages follow) and every room request at
 * once, the other pages of users as soon as the first has answered.
 */
export async function replayLiveRead(requests: RecordedRequest[], concurrency: number) {
  const [firstPage, ...laterPages] = requests.filter(isUsersPage);
  if (!firstPage) throw new Error("the recorded read has no users page");
  const others = requests.filter((request) => !isUsersPage(request));
  const limited = createLimiter(concurrency);
  await Promise.all([
    limited(() => replay(firstPage)).then(() =>
      Promise.all(laterPages.map((request) => limited(() => replay(request)))),
    ),
    ...others.map((request) => limited(() => replay(request))),
  ]);
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
