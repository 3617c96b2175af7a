import { describe, expect, it } from "vitest";
import {
  CREATE_ROOM_DEFAULTS,
  createRoomSchema,
  type CreateRoomForm,
} from "@/lib/schemas/room-create";
import { SynapseError } from "@/lib/synapse";
import { ActionError } from "@/lib/actions/action-result";
import {
  explainCreateFailure,
  fullAlias,
  SYNAPSE_DEFAULT_EVENT_LEVELS,
  toNewRoomRequest,
} from "./create-room";

const SERVICE = "@console:example.org";
const request = (changes: Partial<CreateRoomForm>) =>
  toNewRoomRequest(createRoomSchema.parse({ ...CREATE_ROOM_DEFAULTS, ...changes }), SERVICE);

describe("toNewRoomRequest", () => {
  it("leaves power levels to Synapse when no custom level is given", () => {
    const body = request({ joinRule: "invite", encrypted: false });
    expect(body.power_level_content_override).toBeUndefined();
    expect(body).toMatchObject({ preset: "private_chat", visibility: "private", invite: [] });
    expect(body.initial_state?.map((event) => event.type)).toEqual([
      "m.room.join_rules",
      "m.room.history_visibility",
    ]);
    expect(body).not.toHaveProperty("name");
    expect(body).not.toHaveProperty("room_alias_name");
    expect(body).not.toHaveProperty("creation_content");
  });

  it("carries every option the form has", () => {
    const body = request({
      name: "Lobby",
      topic: "Say hello",
      aliasLocalpart: "lobby",
      visibility: "public",
      joinRule: "public",
      historyVisibility: "joined",
      encrypted: true,
      space: true,
      invites: "@bob:example.org",
    });
    expect(body).toMatchObject({
      name: "Lobby",
      topic: "Say hello",
      room_alias_name: "lobby",
      visibility: "public",
      preset: "public_chat",
      invite: ["@bob:example.org"],
      creation_content: { type: "m.space" },
    });
    expect(body.initial_state).toEqual([
      { type: "m.room.join_rules", state_key: "", content: { join_rule: "public" } },
      {
        type: "m.room.history_visibility",
        state_key: "",
        content: { history_visibility: "joined" },
      },
      { type: "m.room.encryption", state_key: "", content: { algorithm: "m.megolm.v1.aes-sha2" } },
    ]);
  });

  it("keeps the console's account at 100 among custom user levels, whatever the rows say", () => {
    const body = request({
      userLevels: [
        { userId: "@bob:example.org", level: "50" },
        { userId: SERVICE, level: "10" },
      ],
    });
    expect(body.power_level_content_override).toEqual({
      users: { "@bob:example.org": 50, [SERVICE]: 100 },
    });
  });

  it("adds custom event levels to Synapse's defaults instead of replacing them", () => {
    const body = request({
      eventLevels: [
        { eventType: "m.room.topic", level: "75" },
        { eventType: "m.room.name", level: "0" },
      ],
    });
    expect(body.power_level_content_override).toEqual({
      events: { ...SYNAPSE_DEFAULT_EVENT_LEVELS, "m.room.topic": 75, "m.room.name": 0 },
    });
  });
});

describe("explainCreateFailure", () => {
  it("says a taken alias is taken", () => {
    const taken = new SynapseError({
      kind: "conflict",
      status: 400,
      errcode: "M_ROOM_IN_USE",
      message: "Synapse could not create the room: Room alias already taken (M_ROOM_IN_USE).",
    });
    const explained = explainCreateFailure(taken, fullAlias("lobby", "example.org"));
    expect(explained).toBeInstanceOf(ActionError);
    expect((explained as Error).message).toBe(
      "The alias #lobby:example.org is already taken by another room. Choose another alias.",
    );
  });

  it("passes other errors on unchanged", () => {
    const down = new SynapseError({ kind: "unreachable", message: "down" });
    expect(explainCreateFailure(down, null)).toBe(down);
  });
});
