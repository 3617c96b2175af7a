import { describe, expect, it } from "vitest";
import { parseScheduledTaskStatus } from "@/lib/schemas/server-page";
import { backgroundUpdateStatusSchema, scheduledTaskListSchema } from "./background-work";

// Shaped as Synapse's admin API docs (background_updates.md, scheduled_tasks.md) show them.
describe("background work responses", () => {
  it("parses the background update status with one update per database", () => {
    const status = backgroundUpdateStatusSchema.parse({
      enabled: true,
      current_updates: {
        master: {
          name: "event_store_labels",
          total_item_count: 50,
          total_duration_ms: 10000.0,
          average_items_per_ms: 2.2,
        },
      },
    });
    expect(status.current_updates.master?.name).toBe("event_store_labels");
    // Before an update has timed its first batch, Synapse has no speed for it.
    const starting = backgroundUpdateStatusSchema.parse({
      enabled: true,
      current_updates: {
        master: {
          name: "x",
          total_item_count: 0,
          total_duration_ms: 0,
          average_items_per_ms: null,
        },
      },
    });
    expect(starting.current_updates.master?.average_items_per_ms).toBeNull();
    expect(backgroundUpdateStatusSchema.parse({ enabled: false, current_updates: {} })).toEqual({
      enabled: false,
      current_updates: {},
    });
  });

  it("parses scheduled tasks, with no resource or error as null", () => {
    const { scheduled_tasks } = scheduledTaskListSchema.parse({
      scheduled_tasks: [
        {
          id: "GSA124oegf1",
          action: "shutdown_room",
          status: "complete",
          timestamp_ms: 23423523,
          resource_id: "!roomid",
          result: { result: "some result" },
          error: null,
        },
        { id: "x", action: "purge_history", status: "failed", timestamp_ms: 1, error: "boom" },
      ],
    });
    expect(scheduled_tasks.map((task) => [task.status, task.resource_id, task.error])).toEqual([
      ["complete", "!roomid", null],
      ["failed", null, "boom"],
    ]);
  });

  it("refuses a status Synapse does not have", () => {
    const task = { id: "x", action: "a", status: "sleeping", timestamp_ms: 1 };
    expect(() => scheduledTaskListSchema.parse({ scheduled_tasks: [task] })).toThrow();
  });

  it("reads the status filter from the URL, any other value meaning every status", () => {
    expect(parseScheduledTaskStatus({ status: "failed" })).toBe("failed");
    expect(parseScheduledTaskStatus({ status: ["active", "failed"] })).toBe("active");
    expect(parseScheduledTaskStatus({ status: "sleeping" })).toBeUndefined();
    expect(parseScheduledTaskStatus({})).toBeUndefined();
  });
});
