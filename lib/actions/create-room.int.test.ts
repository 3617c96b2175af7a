import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSynapseError } from "@/lib/synapse";
import { prepareTestAppEnv, registerTestUser } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { runAction } = await import("./define-action");
const { createRoom } = await import("./create-room");
const { CREATE_ROOM_DEFAULTS } = await import("@/lib/schemas/room-create");
const { SYNAPSE_DEFAULT_EVENT_LEVELS } = await import("@/lib/operations/create-room");
const { getHomeserverOrThrow } = await import("@/lib/homeserver/get-homeserver");
const { db } = await import("@/lib/db");

const checker = await registerTestUser("create-room-checker", true);
const as = (role: "viewer" | "operator") => async () => ({
  matrixId: `@a-${role}:localhost`,
  role,
});
const uniqueAlias = () => `introom-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;

/** Whether the alias points at a room; the admin API's room list finds it by its canonical alias. */
async function aliasExists(localpart: string) {
  const rooms = await checker.client.rooms.list({ search_term: localpart });
  return rooms.rooms.some((room) => room.canonical_alias?.startsWith(`#${localpart}:`));
}

describe("creating a room", () => {
  it("refuses a viewer on the server: no room, nothing audited", async () => {
    const alias = uniqueAlias();
    const result = await runAction(
      createRoom.definition,
      { ...CREATE_ROOM_DEFAULTS, name: alias, aliasLocalpart: alias },
      as("viewer"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "This needs the operator role; you are viewer.",
    });
    expect(await aliasExists(alias)).toBe(false);
    expect(
      await db.auditEntry.count({
        where: { action: "room.create", input: { path: ["name"], equals: alias } },
      }),
    ).toBe(0);
  });

  it("refuses to invite a local user who does not exist, before anything is created", async () => {
    const alias = uniqueAlias();
    const { serverName } = await getHomeserverOrThrow();
    const ghost = `@nobody-${alias}:${serverName}`;
    const result = await runAction(
      createRoom.definition,
      { ...CREATE_ROOM_DEFAULTS, name: alias, aliasLocalpart: alias, invites: ghost },
      as("operator"),
    );
    expect(result).toMatchObject({
      ok: false,
      error: `There is no user ${ghost} on this homeserver to invite.`,
    });
    expect(await aliasExists(alias)).toBe(false);
    expect(await db.auditEntry.count({ where: { targetId: `#${alias}:${serverName}` } })).toBe(0);
  });

  it("keeps the console's account at 100 and Synapse's event levels beside the custom ones", async () => {
    const member = await registerTestUser("create-room-member");
    const name = uniqueAlias();
    const result = await runAction(
      createRoom.definition,
      {
        ...CREATE_ROOM_DEFAULTS,
        name,
        userLevels: [{ userId: member.id, level: "40" }],
        eventLevels: [{ eventType: "m.room.topic", level: "60" }],
      },
      as("operator"),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.data.alias).toBeNull();
    const service = await (await import("@/lib/homeserver/service-synapse")).getServiceSynapse();
    const { user_id: serviceId } = await service.session.whoAmI();
    const state = await checker.client.rooms.state(result.data.roomId);
    const levels = state.find((event) => event.type === "m.room.power_levels")?.content;
    expect(levels?.users).toEqual({ [member.id]: 40, [serviceId]: 100 });
    expect(levels?.events).toEqual({ ...SYNAPSE_DEFAULT_EVENT_LEVELS, "m.room.topic": 60 });
    const entries = await db.auditEntry.findMany({
      where: { action: "room.create", targetId: "new", input: { path: ["name"], equals: name } },
      include: { outcome: true },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: "@a-operator:localhost",
      outcome: { outcome: "success" },
    });
  });

  it("reads the aliases of any room as a server admin, without being a member", async () => {
    const owner = await registerTestUser("aliases-owner");
    const alias = uniqueAlias();
    const { serverName } = await getHomeserverOrThrow();
    const result = await runAction(
      createRoom.definition,
      { ...CREATE_ROOM_DEFAULTS, aliasLocalpart: alias },
      as("operator"),
    );
    if (!result.ok) throw new Error(result.error);
    // The checker is a server admin but not in the room.
    expect(await checker.client.rooms.aliases(result.data.roomId)).toEqual([
      `#${alias}:${serverName}`,
    ]);
    const refused = await owner.client.rooms.aliases(result.data.roomId).catch((e: unknown) => e);
    expect(isSynapseError(refused, "forbidden")).toBe(true);
  });
});
