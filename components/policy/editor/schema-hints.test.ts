import { describe, expect, it } from "vitest";
import { z } from "zod";
import { policyJsonSchema } from "@/lib/policy/document/json-schema";
import {
  describeField,
  propertyHints,
  schemasAt,
  valueHints,
  type JsonSchema,
} from "./schema-hints";

// Shaped like the policy schema: loose objects, nullish lists, enums, a literal, descriptions on
// the optional wrapper (as zod's toJSONSchema writes them), and a reused schema behind a $ref.
const room = z.object({ roomId: z.string().meta({ description: "The room" }) });
const schema = z.toJSONSchema(
  z.looseObject({
    schemaVersion: z.literal(2),
    flags: z
      .looseObject({
        allowCustomUserAvatars: z.boolean().optional().meta({ description: "Avatars" }),
      })
      .nullish(),
    users: z
      .array(
        z.looseObject({
          id: z.string().meta({ description: "Matrix ID" }),
          authType: z.enum(["passthrough", "plain"]).optional(),
          joinedRooms: z.array(room).nullish().meta({ description: "Rooms" }),
        }),
      )
      .nullish(),
    lobby: room.optional(),
  }),
  { io: "input", reused: "ref" },
) as JsonSchema;

describe("schema hints", () => {
  it("lists the top-level properties with their types, required ones marked", () => {
    const hints = propertyHints(schema, []);
    expect(hints.map((hint) => hint.name)).toEqual(["schemaVersion", "flags", "users", "lobby"]);
    expect(hints.find((hint) => hint.name === "schemaVersion")).toMatchObject({
      required: true,
      type: "number",
    });
  });

  it("goes through nullish unions, list items and references", () => {
    expect(propertyHints(schema, ["users", 0]).map((hint) => hint.name)).toEqual([
      "id",
      "authType",
      "joinedRooms",
    ]);
    expect(propertyHints(schema, ["users", 3, "joinedRooms", 0])).toEqual([
      { name: "roomId", description: "The room", type: "string", required: true },
    ]);
    expect(propertyHints(schema, ["lobby"]).map((hint) => hint.name)).toEqual(["roomId"]);
    expect(schemasAt(schema, ["nothing", "here"])).toEqual([]);
  });

  it("offers enum members, constants and booleans as JSON text", () => {
    expect(valueHints(schema, ["users", 0, "authType"]).map((hint) => hint.text)).toEqual([
      '"passthrough"',
      '"plain"',
    ]);
    expect(valueHints(schema, ["schemaVersion"]).map((hint) => hint.text)).toEqual(["2"]);
    expect(
      valueHints(schema, ["flags", "allowCustomUserAvatars"]).map((hint) => hint.text),
    ).toEqual(["true", "false"]);
    expect(valueHints(schema, ["users", 0, "id"])).toEqual([]);
  });

  it("describes a field for a hover, its description found beside a union too", () => {
    expect(describeField(schema, ["users", 0, "id"])).toEqual({
      name: "id",
      type: "string",
      description: "Matrix ID",
    });
    expect(describeField(schema, ["users", 0, "joinedRooms"])).toMatchObject({
      name: "joinedRooms",
      description: "Rooms",
    });
    expect(describeField(schema, [])).toBeNull();
    expect(describeField(schema, ["unknown"])).toBeNull();
  });
});

describe("schema hints on the policy's own JSON Schema", () => {
  const policy = policyJsonSchema() as JsonSchema;

  it("offers corporal's user fields and the console's additions, with descriptions", () => {
    const names = propertyHints(policy, ["users", 0]).map((hint) => hint.name);
    expect(names).toEqual(
      expect.arrayContaining(["id", "active", "authType", "joinedRooms", "admin", "userType"]),
    );
    expect(describeField(policy, ["users", 0, "active"])?.description).toMatch(/\S/);
    expect(valueHints(policy, ["users", 0, "authType"]).map((hint) => hint.text)).toContain(
      '"passthrough"',
    );
    expect(propertyHints(policy, ["users", 0, "joinedRooms", 0]).map((hint) => hint.name)).toEqual(
      expect.arrayContaining(["roomId", "powerLevel"]),
    );
  });
});
