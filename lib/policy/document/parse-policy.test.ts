import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { maskCredentials } from "./mask-credentials";
import { parsePolicy } from "./parse-policy";

const parse = (text: string) => parsePolicy(text, { serverName: "example.org" });
const where = (text: string) =>
  parse(text).problems.map(({ severity, line, column, message }) => ({
    severity,
    line,
    column,
    message,
  }));
const errorsOf = (text: string) => where(text).filter((problem) => problem.severity === "error");
const example = (name: string) => readFileSync(path.join(__dirname, "../examples", name), "utf8");

describe("parsePolicy: JSON syntax", () => {
  it("names the comma before a closing bracket, at the comma", () => {
    const text = `{
  "schemaVersion": 2,
  "managedRoomIds": ["!a:example.org",],
  "users": []
}`;
    expect(where(text)).toEqual([
      { severity: "error", line: 3, column: 38, message: "JSON allows no comma before ]" },
    ]);
    expect(parse(text).policy).toBeNull();
  });

  it("names a missing comma, a comment and an unclosed string where they are", () => {
    expect(where(`{\n  "schemaVersion": 2\n  "users": []\n}`)).toEqual([
      { severity: "error", line: 3, column: 3, message: "a comma is expected here" },
    ]);
    expect(where(`{\n  // managed by HR\n  "schemaVersion": 2\n}`)[0]).toMatchObject({
      line: 2,
      column: 3,
      message: "JSON allows no comments",
    });
    expect(where(`{"schemaVersion": 2, "identificationStamp": "v1}`)[0]).toMatchObject({
      line: 1,
      column: 45,
    });
  });

  it("says an empty document is empty", () => {
    expect(where("  \n")).toEqual([
      { severity: "error", line: 1, column: 1, message: "the document is empty" },
    ]);
  });

  it("refuses a key written twice, at the second one", () => {
    expect(errorsOf(`{\n  "schemaVersion": 2,\n  "users": [],\n  "users": []\n}`)).toEqual([
      {
        severity: "error",
        line: 4,
        column: 3,
        message:
          'users: "users" is written twice in this object; JSON readers would keep only the last',
      },
    ]);
  });

  it("reads past a byte-order mark, counting it as a character", () => {
    expect(where(`\uFEFF{"schemaVersion": 3}`)[0]).toMatchObject({ line: 1, column: 20 });
  });
});

describe("parsePolicy: the schema", () => {
  it("puts each type error on its value and a missing field on its object", () => {
    const text = `{
  "schemaVersion": 2,
  "managedRoomIds": ["!a:example.org"],
  "users": [
    { "id": "@ann:example.org", "active": "yes" },
    { "id": "@bob:example.org" },
    {
      "id": "@cy:example.org",
      "active": true,
      "joinedRooms": [{ "roomId": "!a:example.org", "powerLevel": 12.5 }]
    }
  ]
}`;
    expect(errorsOf(text)).toEqual([
      {
        severity: "error",
        line: 5,
        column: 43,
        message: "users[0].active: must be true (an account) or false (deactivated)",
      },
      { severity: "error", line: 6, column: 5, message: "users[1].active: is required" },
      {
        severity: "error",
        line: 10,
        column: 67,
        message: "users[2].joinedRooms[0].powerLevel: must be a whole number",
      },
    ]);
  });

  it("refuses schema versions other than 2, out-of-range power, unknown auth types and avatars", () => {
    const errors = errorsOf(`{
  "schemaVersion": 1,
  "users": [{
    "id": "@ann:example.org", "active": true, "authType": "ldap", "avatarUri": "ftp://x/y.png",
    "joinedRooms": [{ "roomId": "!a:example.org", "powerLevel": 9007199254740992 }]
  }]
}`);
    expect(errors.map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual([
      "2:20 schemaVersion: must be 2 (matrix-corporal's policy schema version)",
      "4:59 users[0].authType: must be one of passthrough, plain, md5, sha1, sha256, sha512, bcrypt, rest",
      "4:80 users[0].avatarUri: must be an https:// address, a data: URI, or empty for none",
      "5:65 users[0].joinedRooms[0].powerLevel: must be between -(2^53 - 1) and 2^53 - 1, Matrix's range for power levels",
    ]);
  });

  it("refuses a document that is not an object, and bad room IDs", () => {
    expect(errorsOf("[]")).toEqual([
      { severity: "error", line: 1, column: 1, message: "must be an object { … }" },
    ]);
    expect(errorsOf(`{"schemaVersion": 2, "managedRoomIds": ["lobby"]}`)[0]?.message).toBe(
      "managedRoomIds[0]: must be a room ID such as !abc:example.org or an alias such as #lobby:example.org",
    );
  });
});

describe("parsePolicy: rules across fields", () => {
  const messagesOf = (text: string) =>
    errorsOf(text).map(({ line, column, message }) => `${line}:${column} ${message}`);

  it("refuses a user twice, a user of another server and rooms that are not managed", () => {
    expect(
      messagesOf(`{
  "schemaVersion": 2,
  "managedRoomIds": ["!a:example.org", "!b:partner.net", "!a:example.org"],
  "users": [
    { "id": "@ann:example.org", "active": true, "joinedRooms": [{ "roomId": "!c:example.org" }] },
    { "id": "@eve:partner.net", "active": true },
    { "id": "@ann:example.org", "active": false }
  ]
}`),
    ).toEqual([
      "3:40 managedRoomIds[1]: !b:partner.net is on partner.net, not on this server (example.org)",
      "3:58 managedRoomIds[2]: !a:example.org is listed twice",
      "5:77 users[0].joinedRooms[0].roomId: !c:example.org is not in managedRoomIds: add it there, or remove it here (corporal ignores it)",
      "6:13 users[1].id: @eve:partner.net is not on this server (example.org); corporal refuses it too",
      "7:13 users[2].id: @ann:example.org is listed twice; the first is users[0]",
    ]);
  });

  it("refuses a credential masked in a viewer's copy, so it never becomes a password", () => {
    const viewersCopy = maskCredentials(`{
  "schemaVersion": 2,
  "users": [
    { "id": "@ann:example.org", "active": true, "authType": "passthrough", "authCredential": "s3cret" }
  ]
}`);
    const refused = parse(viewersCopy);
    expect(refused.policy).toBeNull();
    expect(
      refused.problems.map(({ line, column, message }) => `${line}:${column} ${message}`),
    ).toEqual([
      "4:94 users[0].authCredential: this credential was hidden in a viewer's copy of the policy: write the real one, or import the document an operator or admin exported",
    ]);
    // The viewer's own page reads its copy as what it is: no problem, a summary.
    const read = parsePolicy(viewersCopy, { serverName: "example.org", credentialsMasked: true });
    expect(read.problems).toEqual([]);
    expect(read.policy?.users).toHaveLength(1);
  });

  it("refuses undeclared aliases, parents that are not declared spaces, and parent loops", () => {
    expect(
      messagesOf(`{
  "schemaVersion": 2,
  "managedRoomIds": ["#lobby:example.org", "#team:example.org"],
  "rooms": [
    { "alias": "#team:example.org", "parent": "#hq:example.org" },
    { "alias": "#ops:example.org", "parent": "#team:example.org" },
    { "alias": "#a:example.org", "isSpace": true, "parent": "#b:example.org" },
    { "alias": "#b:example.org", "isSpace": true, "parent": "#a:example.org" },
    { "alias": "#x:elsewhere.org" }
  ]
}`),
    ).toEqual([
      '3:22 managedRoomIds[0]: #lobby:example.org is not declared under "rooms": declare it there, or use the room\'s ID',
      '5:47 rooms[0].parent: #hq:example.org is not declared under "rooms"; a parent must be a declared space',
      '6:46 rooms[1].parent: #team:example.org is not a space: give it "isSpace": true',
      "7:61 rooms[2].parent: parents go round in a loop: #a:example.org → #b:example.org → #a:example.org",
      "8:61 rooms[3].parent: parents go round in a loop: #b:example.org → #a:example.org → #b:example.org",
      "9:16 rooms[4].alias: #x:elsewhere.org is on elsewhere.org, not on this server (example.org): the console creates rooms on its own server only",
    ]);
  });

  it("refuses two hooks with one ID, as corporal does", () => {
    expect(messagesOf(`{"schemaVersion": 2, "hooks": [{"id": "h"}, {"id": "h"}]}`)).toEqual([
      '1:52 hooks[1].id: hook ID "h" is also hooks[0]\'s; corporal requires unique IDs',
    ]);
  });

  it("takes room IDs of version 12 rooms, which name no server", () => {
    const text = `{"schemaVersion": 2, "managedRoomIds": ["!AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE"]}`;
    expect(errorsOf(text)).toEqual([]);
  });
});

describe("parsePolicy: fields the console keeps but does not act on", () => {
  it("warns for each gateway-only field and unknown field, at its key", () => {
    const text = `{
  "schemaVersion": 2,
  "flags": { "forbidRoomCreation": true, "allowCustomUserAvatars": true },
  "hooks": [{ "id": "h", "eventType": "beforeAnyRequest", "action": "reject" }],
  "team": "blue",
  "users": [
    { "id": "@ann:example.org", "active": true, "authType": "sha1", "authCredential": "a94a8fe5", "forbidEncryptedRoomCreation": true, "shoeSize": 42 }
  ]
}`;
    const warnings = where(text).filter((problem) => problem.severity === "warning");
    expect(
      warnings.map(({ line, column, message }) => `${line}:${column} ${message.split(":")[0]}`),
    ).toEqual([
      "3:14 flags.forbidRoomCreation",
      "4:3 hooks",
      "5:3 team",
      "7:49 users[0].authType",
      "7:99 users[0].forbidEncryptedRoomCreation",
      "7:136 users[0].shoeSize",
    ]);
    expect(warnings.slice(0, 2).map((warning) => warning.message)).toEqual([
      "flags.forbidRoomCreation: kept, not enforced by the console: when true, corporal's gateway stops the people this covers from creating rooms; the console has no gateway, so Synapse lets them",
      "hooks: kept, not enforced by the console: hooks run in corporal's HTTP gateway in front of Synapse; the console does not run them",
    ]);
    expect(warnings[2]?.message).toBe("team: kept as written; the console does not use it");
    expect(warnings[3]?.message).toContain('with authType "sha1"');
    expect(warnings[3]?.message).toContain("random password");
    expect(parse(text).policy).toMatchObject({ team: "blue", users: [{ shoeSize: 42 }] });
  });

  it("gives no warning for passthrough users or an empty hooks list", () => {
    const text = `{"schemaVersion": 2, "hooks": [], "users": [{"id": "@a:example.org", "active": true, "authType": "passthrough", "authCredential": "pw"}]}`;
    expect(where(text)).toEqual([]);
  });

  it("refuses a known field spelled in other letter case, which corporal would read", () => {
    const text = `{"schemaVersion": 2, "managedRoomIds": ["!a:example.org"], "users": [{"id": "@a:example.org", "active": true, "joinedRooms": [{"roomId": "!a:example.org", "PowerLevel": 50}]}]}`;
    expect(errorsOf(text)).toEqual([
      {
        severity: "error",
        line: 1,
        column: 156,
        message:
          'users[0].joinedRooms[0].PowerLevel: write "powerLevel": corporal reads "PowerLevel" as "powerLevel" (it ignores letter case), the console does not',
      },
    ]);
  });
});

describe("parsePolicy: whole documents", () => {
  it("reads a corporal policy with hooks, forbid fields and hashed passwords with no error, unchanged", () => {
    const text = example("corporal-policy.json");
    const { policy, problems } = parse(text);
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(policy).toStrictEqual(JSON.parse(text));
    expect(problems.map((problem) => problem.path.join("."))).toEqual([
      "flags.allowCustomPassthroughUserPasswords",
      "flags.allowUnauthenticatedPasswordResets",
      "flags.forbidRoomCreation",
      "flags.forbidEncryptedRoomCreation",
      "flags.forbidUnencryptedRoomCreation",
      "flags.allow3pidLogin",
      "hooks",
      "users.0.forbidRoomCreation",
      "users.1.authType",
      "users.1.forbidEncryptedRoomCreation",
      "users.2.authType",
      "users.3.authType",
      "users.3.forbidRoomCreation",
    ]);
  });

  it("reads the console's own example (rooms, a space, admin, bot) with no problem", () => {
    const text = example("console-policy.json");
    expect(parse(text)).toStrictEqual({ policy: JSON.parse(text), problems: [] });
  });
});
