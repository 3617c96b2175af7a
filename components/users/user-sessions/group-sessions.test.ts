import { describe, expect, it } from "vitest";
import { groupSessions } from "./group-sessions";

const device = (id: string, ip: string | null, userAgent: string | null, ts: number | null) => ({
  device_id: id,
  display_name: `${id} name`,
  last_seen_ip: ip,
  last_seen_user_agent: userAgent,
  last_seen_ts: ts,
});
const connection = (ip: string, userAgent: string | null, lastSeen: number | null) => ({
  device: "",
  ip,
  userAgent,
  lastSeen,
});

describe("a user's sessions per device, from whois and the devices' latest use", () => {
  it("puts each connection under the device last seen with its address and client, newest device first", () => {
    const groups = groupSessions(
      [
        device("PHONE", "10.0.0.1", "Phone/1", 1000),
        device("LAPTOP", "10.0.0.2", "Laptop/1", 5000),
      ],
      [
        connection("10.0.0.1", "Phone/1", 1000),
        connection("10.0.0.2", "Laptop/1", 5000),
        connection("10.9.9.9", "Phone/1", 500),
      ],
    );
    expect(groups).toEqual([
      {
        deviceId: "LAPTOP",
        displayName: "LAPTOP name",
        rows: [{ ip: "10.0.0.2", userAgent: "Laptop/1", lastSeen: 5000 }],
      },
      {
        deviceId: "PHONE",
        displayName: "PHONE name",
        rows: [{ ip: "10.0.0.1", userAgent: "Phone/1", lastSeen: 1000 }],
      },
      // An earlier address of some device: whois does not say which.
      {
        deviceId: null,
        displayName: null,
        rows: [{ ip: "10.9.9.9", userAgent: "Phone/1", lastSeen: 500 }],
      },
    ]);
  });

  it("picks the device whose last use is closest when two share an address and client", () => {
    const groups = groupSessions(
      [device("OLD", "10.0.0.1", "Web/1", 1000), device("NEW", "10.0.0.1", "Web/1", 9000)],
      [connection("10.0.0.1", "Web/1", 8990), connection("10.0.0.1", "Web/1", 1001)],
    );
    expect(groups.map((group) => [group.deviceId, group.rows.map((row) => row.lastSeen)])).toEqual([
      ["NEW", [8990]],
      ["OLD", [1001]],
    ]);
  });

  it("shows a device's own latest use when whois has none, and a device never used with no rows", () => {
    const groups = groupSessions(
      [device("SEEN", "10.0.0.3", "Bot/1", 3000), device("UNUSED", null, null, null)],
      [],
    );
    expect(groups).toEqual([
      {
        deviceId: "SEEN",
        displayName: "SEEN name",
        rows: [{ ip: "10.0.0.3", userAgent: "Bot/1", lastSeen: 3000 }],
      },
      { deviceId: "UNUSED", displayName: "UNUSED name", rows: [] },
    ]);
  });

  it("is empty for a user with no devices and no connections", () => {
    expect(groupSessions([], [])).toEqual([]);
  });
});
