import { describe, expect, it } from "vitest";
import { guessImportMapping, mappingProblem } from "./import-mapping";
import { readImportRows } from "./import-rows";
import { ImportFileError, readImportFile } from "./read-import-file";

describe("reading an import file", () => {
  it("reads a CSV with its header, quoted commas, a BOM and empty lines, keeping line numbers", () => {
    const file = readImportFile('\uFEFFuser,name\n\nalice,"Smith, Alice"\r\nbob,Bob\n', "csv");
    expect(file.header).toEqual(["user", "name"]);
    expect(file.lines).toEqual([
      { line: 3, cells: ["alice", "Smith, Alice"] },
      { line: 4, cells: ["bob", "Bob"] },
    ]);
  });

  it("says which line is wrong in a broken CSV or a plain file", () => {
    expect(() => readImportFile('user,name\n"alice,Alice', "csv")).toThrow(ImportFileError);
    expect(() => readImportFile("user,name\nalice,Alice,extra", "csv")).toThrow(
      "Line 2 has 3 fields; the header names 2.",
    );
    expect(() => readImportFile("Ann Lee ann@example.org\n", "plain")).toThrow(
      /^Line 1 has 3 words/,
    );
    expect(() => readImportFile("user,name\n", "csv")).toThrow("The file has no rows to import.");
  });

  it("reads the plain format hand-written scripts use, the password optional", () => {
    const file = readImportFile(
      "Ann Lee ann@example.org ann pw-123456\n\nBo Li bo@example.org @bo:localhost",
      "plain",
    );
    const mapping = guessImportMapping(file.header);
    expect(mapping).toMatchObject({ firstName: 0, lastName: 1, email: 2, user: 3, password: 4 });
    const read = readImportRows(file, mapping, "localhost");
    expect(read.invalid).toEqual([]);
    expect(read.rows).toEqual([
      expect.objectContaining({
        line: 1,
        userId: "@ann:localhost",
        displayName: "Ann Lee",
        email: "ann@example.org",
        passwordGiven: true,
      }),
      expect.objectContaining({
        line: 3,
        userId: "@bo:localhost",
        displayName: "Bo Li",
        passwordGiven: false,
      }),
    ]);
    // The password stays apart from the rows that are stored.
    expect(read.passwords).toEqual(new Map([[1, "pw-123456"]]));
    expect(JSON.stringify(read.rows)).not.toContain("pw-123456");
  });
});

describe("reading rows with a mapping", () => {
  const header = ["user", "display name", "email", "admin", "type", "rooms", "password"];
  const file = (...rows: string[][]) => ({
    header,
    lines: rows.map((cells, index) => ({ line: index + 2, cells })),
  });
  const mapping = guessImportMapping(header);

  it("guesses the mapping from the header and refuses an unusable one", () => {
    expect(mapping).toEqual({
      user: 0,
      displayName: 1,
      firstName: null,
      lastName: null,
      email: 2,
      password: 6,
      admin: 3,
      userType: 4,
      rooms: 5,
    });
    expect(mappingProblem(mapping, header.length)).toBeNull();
    expect(mappingProblem({ ...mapping, user: null }, header.length)).toMatch(/user ID/);
    expect(mappingProblem({ ...mapping, email: 0 }, header.length)).toBe(
      "Each column may hold one field only.",
    );
    expect(mappingProblem({ ...mapping, firstName: 7 }, header.length)).toBe(
      "A chosen column is not in the file.",
    );
  });

  it("reads each field and says what is wrong with a row, in words, by line", () => {
    const read = readImportRows(
      file(
        ["Alice", "Alice A", "Alice@Example.org", "yes", "bot", "#a:localhost, !b:localhost", ""],
        ["bob", "", "", "", "", "", ""],
        ["alice", "Again", "", "", "", "", ""],
        ["@c:elsewhere", "", "", "", "", "", ""],
        ["d", "", "not-an-email", "", "", "", ""],
        ["e", "", "", "maybe", "", "", ""],
        ["f", "", "", "", "robot", "", ""],
        ["g", "", "", "", "", "lobby", ""],
        ["h", "", "", "", "", "", "short"],
        ["", "Nobody", "", "", "", "", ""],
      ),
      mapping,
      "localhost",
    );
    expect(read.rows).toEqual([
      {
        line: 2,
        userId: "@Alice:localhost",
        displayName: "Alice A",
        email: "alice@example.org",
        admin: true,
        userType: "bot",
        rooms: ["#a:localhost", "!b:localhost"],
        passwordGiven: false,
      },
      { line: 3, userId: "@bob:localhost", rooms: [], passwordGiven: false },
      {
        line: 4,
        userId: "@alice:localhost",
        displayName: "Again",
        rooms: [],
        passwordGiven: false,
      },
    ]);
    expect(read.invalid.map((row) => [row.line, row.reason])).toEqual([
      [5, "@c:elsewhere is on another server; import users of localhost only"],
      [6, '"not-an-email" is not an email address'],
      [7, 'admin is "maybe"; write yes or no'],
      [8, 'user type is "robot"; write bot, support or regular'],
      [9, '"lobby" is not a room ID (!…) or alias (#…)'],
      [10, "has a password shorter than 8 characters"],
      [11, "has no user ID"],
    ]);
  });

  it("takes a user named twice once, and says where it was first", () => {
    const read = readImportRows(
      file(["ann", "", "", "", "", "", ""], ["@ann:localhost", "", "", "", "", "", ""]),
      mapping,
      "localhost",
    );
    expect(read.rows).toHaveLength(1);
    expect(read.invalid).toEqual([
      { line: 3, user: "@ann:localhost", reason: "@ann:localhost is already on line 2" },
    ]);
  });
});
