import { describe, expect, it } from "vitest";
import { parseDeviceSearch, deviceSearchSchema } from "@/lib/devices/device-search";
import { eventReportListSearchSchema, parseEventReportListSearch } from "./event-report-list";
import { parseRoomListSearch, roomListSearchSchema } from "./room-list";
import { parseUserListSearch, userListSearchSchema } from "./user-list";

type Raw = Record<string, string | string[] | undefined>;

/** What a shared or hand-edited URL may hold for any key; none of it is a value a page writes. */
const MALFORMED_VALUES: (string | string[])[] = [
  "\u0000",
  "a\u0000b",
  "\u001b[2J",
  "x".repeat(100_000),
  "-1",
  "1.5",
  "1e308",
  "-1e308",
  "NaN",
  "Infinity",
  "99999999999999999999",
  "12345678901",
  "0x10",
  "[object Object]",
  "../../etc/passwd",
  "%00",
  "%2e%2e",
  "<script>alert(1)</script>",
  "",
  " ",
  [],
  ["\u0000", "1"],
];

const PARSERS = [
  { name: "users", parse: parseUserListSearch, keys: Object.keys(userListSearchSchema.shape) },
  { name: "rooms", parse: parseRoomListSearch, keys: Object.keys(roomListSearchSchema.shape) },
  {
    name: "event reports",
    parse: parseEventReportListSearch,
    keys: Object.keys(eventReportListSearchSchema.shape),
  },
  { name: "devices", parse: parseDeviceSearch, keys: Object.keys(deviceSearchSchema.shape) },
];

/** Every string in the parsed state: a page sends these on to Synapse or PostgreSQL. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe.each(PARSERS)("the $name list's URL parser, given malformed values", ({ parse, keys }) => {
  const defaults = parse({}) as Record<string, unknown>;

  it.each(keys)("never throws for %s, and keeps its state sane", (key) => {
    for (const value of MALFORMED_VALUES) {
      const parsed = parse({ [key]: value } as Raw) as Record<string, unknown>;
      for (const number of Object.values(parsed).filter((v) => typeof v === "number")) {
        expect(Number.isSafeInteger(number), `${key}=${String(value)}`).toBe(true);
        expect(Math.abs(number as number)).toBeLessThanOrEqual(10_000_000);
      }
      for (const text of strings(parsed)) {
        expect(text.length, `${key}=${String(value).slice(0, 20)}`).toBeLessThanOrEqual(5000);
        expect(text, `${key}=${JSON.stringify(value).slice(0, 20)}`).not.toMatch(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/,
        );
      }
    }
  });

  it.each(keys)("falls back to the default of %s for values no page writes", (key) => {
    for (const value of ["\u0000", "x".repeat(100_000), "1e308", "NaN", "12345678901"]) {
      const parsed = parse({ [key]: value }) as Record<string, unknown>;
      // A free-text filter may hold "NaN" or digits as text; every other key falls back.
      if (typeof defaults[key] === "undefined" && /^[\w.]+$/.test(value) && value.length < 30) {
        continue;
      }
      expect(parsed[key], `${key}=${value.slice(0, 20)}`).toEqual(defaults[key]);
    }
  });

  it("ignores unknown and prototype keys", () => {
    expect(parse({ __proto__: "x", constructor: "y", unknown: "z" } as Raw)).toEqual(defaults);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
