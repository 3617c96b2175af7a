import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();
const { saveVersion, latestVersion, getVersion, listVersions, contentHashOf, StaleBaseError } =
  await import("./versions");

const documentText = () =>
  JSON.stringify({ schemaVersion: 2, identificationStamp: randomBytes(6).toString("hex") });
const by = {
  author: "@versions-test:example.org",
  authorRole: "admin",
  message: "test",
  origin: "editor",
} as const;

describe("policy versions", () => {
  it("numbers concurrent saves one after another, each with its content and hash", async () => {
    const texts = Array.from({ length: 8 }, documentText);
    const saved = await Promise.all(texts.map((text) => saveVersion(text, by)));
    const numbers = saved.map((entry) => entry.version.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => numbers[0]! + i));
    for (const [i, entry] of saved.entries()) {
      expect(entry.created).toBe(true);
      const read = await getVersion(entry.version.id);
      expect(read?.content).toBe(texts[i]);
      expect(read?.contentHash).toBe(contentHashOf(texts[i]!));
    }
  });

  it("refuses a save edited from a version that is no longer the latest, and saves nothing", async () => {
    const { version: read } = await saveVersion(documentText(), by);
    const { version: meanwhile } = await saveVersion(documentText(), by);
    await expect(
      saveVersion(documentText(), { ...by, basedOn: read.number }),
    ).rejects.toBeInstanceOf(StaleBaseError);
    expect((await latestVersion())?.id).toBe(meanwhile.id);
    const { version: fresh } = await saveVersion(documentText(), {
      ...by,
      basedOn: meanwhile.number,
    });
    expect(fresh.number).toBe(meanwhile.number + 1);
  });

  it("adds nothing when the content equals the latest version's", async () => {
    const text = documentText();
    const first = await saveVersion(text, by);
    const again = await saveVersion(text, { ...by, message: "no change" });
    expect(again).toMatchObject({ created: false, version: { id: first.version.id } });
    expect((await latestVersion())?.id).toBe(first.version.id);
  });

  it("lists newest first without content, paging by number", async () => {
    const page = await listVersions({ take: 3 });
    expect(page).toHaveLength(3);
    expect(page[0]).not.toHaveProperty("content");
    const next = await listVersions({ before: page[2]!.number, take: 3 });
    expect(next[0]!.number).toBe(page[2]!.number - 1);
  });
});
