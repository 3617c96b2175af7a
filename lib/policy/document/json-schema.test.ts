import { describe, expect, it } from "vitest";
import { policyJsonSchema } from "./json-schema";

type SchemaNode = {
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  description?: string;
  additionalProperties?: unknown;
};

/** The field's schema without its "or null" branch, which nullable fields have. */
function field(node: SchemaNode | undefined, name: string): SchemaNode {
  const property = node?.properties?.[name];
  if (!property) throw new Error(`no property ${name}`);
  return property.anyOf?.find((branch) => branch.type !== "null") ?? property;
}

describe("policyJsonSchema", () => {
  const schema = policyJsonSchema() as SchemaNode;

  it("describes corporal's document: version 2, flags, managed rooms, hooks and users", () => {
    expect(Object.keys(schema.properties ?? {})).toEqual([
      "schemaVersion",
      "identificationStamp",
      "flags",
      "managedRoomIds",
      "hooks",
      "users",
      "rooms",
      "groups",
    ]);
    expect(schema.required).toEqual(["schemaVersion"]);
    expect(field(schema, "schemaVersion").const).toBe(2);
    expect(Object.keys(field(schema, "flags").properties ?? {})).toContain("allow3pidLogin");
    expect(field(field(schema, "flags"), "forbidRoomCreation").description).toMatch(
      /^Gateway only/,
    );
    expect(field(schema, "managedRoomIds").items?.anyOf?.map((room) => room.pattern?.[1])).toEqual([
      "!",
      "#",
    ]);
  });

  it("describes a user with its rooms, power levels and the console's additions", () => {
    const user = field(schema, "users").items;
    expect(user?.required).toEqual(["id", "active"]);
    expect(field(user, "id").pattern).toMatch(/^\^@/);
    expect(field(user, "active").type).toBe("boolean");
    expect(field(user, "authType").enum).toContain("passthrough");
    expect(field(user, "userType").enum).toEqual(["bot", "support"]);
    expect(field(user, "admin").description).toMatch(/server admin/);
    const joinedRoom = field(user, "joinedRooms").items;
    expect(joinedRoom?.required).toEqual(["roomId"]);
    expect(field(joinedRoom, "powerLevel").type).toBe("integer");
  });

  it("describes declared rooms and keeps every object open to fields it does not name", () => {
    const room = field(schema, "rooms").items;
    expect(Object.keys(room?.properties ?? {})).toEqual([
      "alias",
      "name",
      "topic",
      "encrypted",
      "joinRule",
      "historyVisibility",
      "parent",
      "isSpace",
      "powerLevels",
    ]);
    expect(field(room, "joinRule").enum).toContain("knock_restricted");
    expect(field(field(room, "powerLevels"), "users_default").type).toBe("integer");
    for (const node of [
      schema,
      field(schema, "users").items,
      room,
      field(schema, "groups").items,
    ]) {
      expect(node?.additionalProperties).toEqual({});
    }
  });

  it("describes groups, and users' group names, as console additions", () => {
    const group = field(schema, "groups").items;
    expect(group?.required).toEqual(["name"]);
    expect(field(group, "name").type).toBe("string");
    expect(field(field(group, "joinedRooms").items, "powerLevel").type).toBe("integer");
    expect(group?.properties?.joinedRooms?.description).toMatch(/own joinedRooms entry .* wins/);
    const groups = field(field(schema, "users").items, "groups");
    expect(groups.items?.type).toBe("string");
    expect(field(schema, "users").items?.properties?.groups?.description).toMatch(
      /^Console addition/,
    );
  });
});
