// The users and rooms CSV exports against the real Synapse and PostgreSQL, through the routes' own
// function: every page of Synapse's answer (pages of 3 here, so the lists span several), the list
// page's filters, names with commas, quotes and newlines parsed back, the audit entry with the
// rows written, and a Synapse that fails before the first row or in the middle.
import { randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { createRoom } from "@/lib/synapse/client-rooms";
import { startSynapseProxy, type Trouble } from "@/lib/synapse/testing/synapse-proxy";
import {
  prepareTestAppEnv,
  registerTestUser,
  requireEnv,
  synapseHttp,
} from "@/lib/testing/integration-env";

// The console reaches Synapse through a proxy that can make it fail on cue, set before any app module loads.
const trouble: Trouble = {};
const proxy = await startSynapseProxy(requireEnv("SYNAPSE_URL"), trouble);
process.env.SYNAPSE_URL = proxy.url;
prepareTestAppEnv();
afterAll(() => proxy.close());

const { db } = await import("@/lib/db");
const { listExportResponse } = await import("./list-export-response");
const { toUserExportFilter, usersCsvSource, USER_CSV_COLUMNS } = await import("./users-csv");
const { roomsCsvSource, toRoomExportFilter, ROOM_CSV_COLUMNS } = await import("./rooms-csv");
const { parseUserListSearch, toListUsersParams } = await import("@/lib/schemas/user-list");
const { parseRoomListSearch, toListRoomsParams } = await import("@/lib/schemas/room-list");

const checker = await registerTestUser("csv-checker", true);
const PAGE = 3;
const AWKWARD = ['Smith, "Bob"', "line one\nline two", '"quoted", and, commas\r\nCRLF'];

const viewer = () => ({
  matrixId: `@csv-viewer-${randomBytes(4).toString("hex")}:localhost`,
  role: "viewer" as const,
});

type Record = { [column: string]: string };
/** The CSV as rows, with the leading ' that defuses formula-like cells (every user ID) taken off. */
function parseCsv(text: string, columns: readonly string[]): Record[] {
  const [header, ...rows] = parse(text, { relax_column_count: false }) as string[][];
  expect(header).toEqual([...columns]);
  return rows.map((cells) =>
    Object.fromEntries(
      cells.map((cell, i) => [columns[i]!, cell.replace(/^'(?=[=+\-@\t\r])/, "")]),
    ),
  );
}

const readExportEntries = (actorId: string) =>
  db.auditEntry.findMany({
    where: { actorId },
    include: { outcome: true },
    orderBy: { id: "asc" },
  });

/**
 * The actor's export entries once each has its outcome: an outcome is written when the stream
 * ends, just after the reader has seen the last byte (or the failure), so it may lag the read.
 */
async function exportEntryOf(actorId: string, count = 1) {
  let entries: Awaited<ReturnType<typeof readExportEntries>> = [];
  await expect
    .poll(async () => {
      entries = await readExportEntries(actorId);
      return entries.length >= count && entries.every((entry) => entry.outcome !== null);
    })
    .toBe(true);
  return entries;
}

describe("the users export", () => {
  it("writes every user matching the list's filters, all pages, as CSV that parses back", async () => {
    const tag = `csv${randomBytes(3).toString("hex")}`;
    const users = [];
    for (const i of [0, 1, 2, 3, 4, 5, 6]) users.push(await registerTestUser(`${tag}-u${i}`));
    for (const [i, user] of users.entries()) {
      const displayname = AWKWARD[i % AWKWARD.length]! + ` ${i}`;
      await checker.client.users.update(user.id, {
        displayname,
        admin: i === 1 ? true : undefined,
      });
    }
    await checker.client.users.deactivate(users[6]!.id, false);

    // The list page's URL: a search, the deactivated too, newest first, on its second page.
    const search = parseUserListSearch({
      q: tag,
      deactivated: "all",
      sort: "creation_ts",
      dir: "desc",
      from: "25",
    });
    const filter = toUserExportFilter(search);
    const synapseTotal = (await checker.client.users.list(toListUsersParams(search))).total;
    expect(synapseTotal).toBe(7);

    const actor = viewer();
    const response = await listExportResponse(actor, {
      action: "users.export",
      list: "users",
      filter,
      source: (synapse) => usersCsvSource(synapse, filter, PAGE),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="synapse-users-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = parseCsv(await response.text(), USER_CSV_COLUMNS);
    expect(rows).toHaveLength(synapseTotal);
    // In the list's own order (newest first; Synapse keeps seconds, so ties follow its order),
    // across the export's pages as on one page of the list.
    const listed = await checker.client.users.list({
      ...toListUsersParams(search),
      from: 0,
      limit: 100,
    });
    expect(rows.map((row) => row.name)).toEqual(listed.users.map((user) => user.name));
    expect(rows.map((row) => row.name).sort()).toEqual(users.map((user) => user.id).sort());
    for (const [i, user] of users.entries()) {
      const row = rows.find((candidate) => candidate.name === user.id);
      const synapseUser = await checker.client.users.get(user.id);
      expect(row).toMatchObject({
        displayname: AWKWARD[i % AWKWARD.length]! + ` ${i}`,
        admin: i === 1 ? "true" : "false",
        deactivated: i === 6 ? "true" : "false",
        locked: "false",
        shadow_banned: "false",
        user_type: "normal",
        creation_time: new Date(synapseUser.creation_ts!).toISOString(),
      });
    }

    // The list's default filter leaves the deactivated out; so does the export.
    const activeOnly = toUserExportFilter(parseUserListSearch({ q: tag }));
    const active = await listExportResponse(actor, {
      action: "users.export",
      list: "users",
      filter: activeOnly,
      source: (synapse) => usersCsvSource(synapse, activeOnly, PAGE),
    });
    expect(parseCsv(await active.text(), USER_CSV_COLUMNS).map((row) => row.name)).toEqual(
      users.slice(0, 6).map((user) => user.id),
    );

    const entries = await exportEntryOf(actor.matrixId);
    expect(entries).toMatchObject([
      {
        action: "users.export",
        actorRole: "viewer",
        targetType: "homeserver",
        targetId: "users",
        input: {
          filter: { q: tag, deactivated: "all", sort: "creation_ts", dir: "desc" },
          format: "csv",
        },
        outcome: { outcome: "success", result: { rows: 7 } },
      },
      { outcome: { outcome: "success", result: { rows: 6 } } },
    ]);
  });
});

describe("the rooms export", () => {
  it("writes every room matching the search, all pages, following next_batch", async () => {
    const tag = `csvroom${randomBytes(3).toString("hex")}`;
    const owner = await registerTestUser("csv-room-owner");
    const names = [0, 1, 2, 3, 4].map((i) => `${tag} ${AWKWARD[i % AWKWARD.length]} ${i}`);
    const roomIds: string[] = [];
    for (const [i, name] of names.entries()) {
      roomIds.push(
        await createRoom(synapseHttp(), owner.token, {
          name,
          preset: i === 0 ? "public_chat" : "private_chat",
        }),
      );
    }
    const search = parseRoomListSearch({ q: tag, page: "2", size: "50" });
    const filter = toRoomExportFilter(search);
    const synapseTotal = (
      await checker.client.rooms.list(toListRoomsParams({ ...search, page: 1 }))
    ).total_rooms;
    expect(synapseTotal).toBe(5);

    const actor = viewer();
    const response = await listExportResponse(actor, {
      action: "rooms.export",
      list: "rooms",
      filter,
      source: (synapse) => roomsCsvSource(synapse, filter, PAGE),
    });
    expect(response.status).toBe(200);
    const rows = parseCsv(await response.text(), ROOM_CSV_COLUMNS);
    expect(rows).toHaveLength(synapseTotal);
    expect(rows.map((row) => row.name).sort()).toEqual([...names].sort());
    const first = rows.find((row) => row.room_id === roomIds[0]);
    expect(first).toMatchObject({
      name: names[0],
      joined_members: "1",
      joined_local_members: "1",
      creator: owner.id,
      join_rules: "public",
      federatable: "true",
    });
    expect(rows.find((row) => row.room_id === roomIds[1])).toMatchObject({ join_rules: "invite" });

    const [entry] = await exportEntryOf(actor.matrixId);
    expect(entry).toMatchObject({
      action: "rooms.export",
      targetId: "rooms",
      input: { filter: { q: tag, sort: "name", dir: "asc" }, format: "csv" },
      outcome: { outcome: "success", result: { rows: 5 } },
    });
  });
});

describe("a Synapse that fails", () => {
  it("answers 502 with a sentence before any row, or stops the file and says after how many rows", async () => {
    const tag = `csvfail${randomBytes(3).toString("hex")}`;
    for (const i of [0, 1, 2, 3]) await registerTestUser(`${tag}-u${i}`);
    const filter = toUserExportFilter(parseUserListSearch({ q: tag }));
    const actor = viewer();
    const exportUsers = () =>
      listExportResponse(actor, {
        action: "users.export",
        list: "users",
        filter,
        source: (synapse) => usersCsvSource(synapse, filter, PAGE),
      });

    trouble.downFrom = proxy.seen.length + 1;
    try {
      const refused = await exportUsers();
      expect(refused.status).toBe(502);
      expect(await refused.text()).toMatch(
        /^The export failed: The homeserver at \S+ is not answering/,
      );

      // The first page is read when the download starts; the second finds Synapse down.
      trouble.downFrom = Number.POSITIVE_INFINITY;
      const broken = await exportUsers();
      expect(broken.status).toBe(200);
      trouble.downFrom = proxy.seen.length + 1;
      await expect(broken.text()).rejects.toThrow();
    } finally {
      trouble.downFrom = undefined;
    }

    const entries = await exportEntryOf(actor.matrixId, 2);
    expect(entries.map((entry) => entry.outcome?.outcome)).toEqual(["failure", "failure"]);
    expect(entries[1]?.outcome?.errorMessage).toBe(
      "The download stopped after 3 rows: Synapse could not be read.",
    );
  });
});
