import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("policy versions in pages and routes", () => {
  it("are read only through readable-versions, which masks credentials for viewers", () => {
    const files = [
      ...sourceFiles(path.join(ROOT, "app")),
      ...sourceFiles(path.join(ROOT, "components")),
    ];
    const readers = files.filter((file) =>
      /readLatestVersion|readVersion\(/.test(readFileSync(file, "utf8")),
    );
    const bypassing = files.filter((file) => {
      const text = readFileSync(file, "utf8");
      return (
        /\b(latestVersion|getVersion)\b[^;]*from "@\/lib\/policy\/versions"/s.test(text) ||
        /policyVersion\.find/.test(text)
      );
    });
    // The walk sees the pages that show documents, so a new one cannot escape it unseen.
    expect(readers.length).toBeGreaterThanOrEqual(4);
    expect(bypassing.map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});
