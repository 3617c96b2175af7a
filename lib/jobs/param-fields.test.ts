import { describe, expect, it } from "vitest";
import { z } from "zod";
import { deviceScanParamsSchema } from "@/lib/devices/scan-schema";
import { mediaCleanupParamsSchema } from "@/lib/schemas/media-cleanup";
import { labelOf } from "@/lib/format/field-label";
import { describeParamForm } from "./param-fields";

describe("describeParamForm", () => {
  it("makes number fields with their bounds and defaults from a kind's schema", () => {
    const form = describeParamForm(deviceScanParamsSchema);
    expect(form).toEqual({
      shape: "fields",
      rest: [],
      fields: [
        expect.objectContaining({
          name: "concurrency",
          label: "Concurrency",
          type: "number",
          integer: true,
          min: 1,
          max: 64,
          required: false,
          help: "1–64, default 8",
        }),
        expect.objectContaining({ name: "pageSize", label: "Page size", min: 10, max: 1000 }),
      ],
    });
  });

  it("offers choices, flags, text and lists, and names what only the JSON can hold", () => {
    const schema = z.object({
      mode: z.enum(["report", "apply"]).default("report"),
      dryRun: z.boolean().default(true),
      userId: z.string(),
      userIds: z.array(z.string()).max(100).optional(),
      keep: z.number().int().min(0).nullable().optional(),
      devices: z.array(z.object({ userId: z.string() })),
      rule: z.object({ days: z.number() }),
    });
    const form = describeParamForm(schema);
    if (form.shape !== "fields") throw new Error(`expected fields, got ${form.shape}`);
    expect(form.fields.map((field) => [field.name, field.type, field.required])).toEqual([
      ["mode", "choice", false],
      ["dryRun", "boolean", false],
      ["userId", "text", true],
      ["userIds", "lines", false],
      ["keep", "number", false],
    ]);
    expect(form.fields[0]).toMatchObject({ options: ["report", "apply"], help: "default report" });
    expect(form.fields[1]).toMatchObject({ defaultValue: true });
    expect(form.fields[3]).toMatchObject({ help: "one per line, at most 100" });
    expect(form.rest).toEqual(["devices", "rule"]);
  });

  it("gives a union told apart by a constant field one set of fields per choice", () => {
    const form = describeParamForm(mediaCleanupParamsSchema);
    if (form.shape !== "variants") throw new Error(`expected variants, got ${form.shape}`);
    expect(form.by).toBe("target");
    expect(Object.keys(form.variants)).toEqual(["local", "remote_cache"]);
    expect(form.variants.local?.fields.map((field) => field.name)).toEqual([
      "olderThanDays",
      "before",
      "largerThanBytes",
      "keepProfiles",
    ]);
    expect(form.variants.local?.fields[1]).toMatchObject({ type: "text", date: true });
    expect(form.variants.remote_cache?.fields.map((field) => field.name)).toEqual([
      "olderThanDays",
      "before",
    ]);
  });

  it("leaves a union without such a field to the JSON", () => {
    expect(describeParamForm(z.union([z.object({ a: z.string() }), z.string()]))).toEqual({
      shape: "json",
    });
  });
});

describe("labelOf", () => {
  it("turns a parameter's name into words", () => {
    expect(labelOf("olderThanDays")).toBe("Older than days");
    expect(labelOf("older_than_days")).toBe("Older than days");
    expect(labelOf("mode")).toBe("Mode");
  });
});
