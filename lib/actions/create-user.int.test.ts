// The create-user action checks the name against the server name itself, with the form's schema:
// a request made without the form (a 300-character name, an ID on another server) is refused
// before the console asks Synapse anything, which used to answer "could not tell whether the
// name is free".
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTestAppEnv, requireEnv } from "@/lib/testing/integration-env";
import { startSynapseProxy } from "@/lib/synapse/testing/synapse-proxy";

// The console reaches Synapse only through the counting proxy: set before any app module loads.
const proxy = await startSynapseProxy(requireEnv("SYNAPSE_URL"));
process.env.SYNAPSE_URL = proxy.url;
prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { createUser } = await import("./create-user");
const { getHomeserverOrThrow } = await import("@/lib/homeserver/get-homeserver");

afterAll(() => proxy.close());

const { serverName } = await getHomeserverOrThrow();
const asAdmin = async () => ({
  matrixId: `@create-user-admin:${serverName}`,
  role: "admin" as const,
});
const fields = { displayName: "", password: "", admin: false, userType: "normal" } as const;

/** The action's answer for a name, and the requests it sent to Synapse. */
async function createNamed(localpart: string) {
  const before = proxy.seen.length;
  const result = await runAction(createUser.definition, { ...fields, localpart }, asAdmin);
  return { result, sent: proxy.seen.slice(before) };
}

describe("createUser", () => {
  const longest = 255 - 2 - serverName.length;

  it("refuses a name that would make a user ID longer than 255 characters, asking Synapse nothing", async () => {
    const tooLong = await createNamed("a".repeat(longest + 1));
    expect(tooLong.result).toMatchObject({
      ok: false,
      fieldErrors: {
        localpart: [
          `must be at most ${longest} characters, so that the user ID with :${serverName} has at most 255`,
        ],
      },
    });
    expect(tooLong.sent).toEqual([]);

    const far = await createNamed("a".repeat(300));
    expect(far.result).toMatchObject({
      ok: false,
      fieldErrors: { localpart: ["must be at most 255 characters"] },
    });
    expect(far.sent).toEqual([]);
  });

  it("refuses an ID on another server by naming this one, asking Synapse nothing", async () => {
    const { result, sent } = await createNamed("@x:otherserver");
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        localpart: [`is an ID on otherserver; type the localpart, or an ID on ${serverName}`],
      },
    });
    expect(sent).toEqual([]);
  });

  it("creates the user from an ID on this server typed in full, at the longest length", async () => {
    const localpart = `long-${randomBytes(4).toString("hex")}-`.padEnd(longest, "x");
    const userId = `@${localpart}:${serverName}`;
    const { result, sent } = await createNamed(userId.toUpperCase());
    expect(result).toMatchObject({ ok: true, data: { userId } });
    expect(userId).toHaveLength(255);
    // The positive control: this request did reach Synapse through the proxy.
    expect(sent.length).toBeGreaterThan(0);
  });
});
