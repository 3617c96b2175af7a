// The bridge as the Prisma CLI sees it: a process speaking line-delimited JSON-RPC. These cases need
// no database; the migration commands themselves are covered in schema-engine.int.test.ts.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";

const BRIDGE = path.resolve(import.meta.dirname, "schema-engine.mjs");

type RpcReply = {
  jsonrpc: string;
  id: unknown;
  result?: unknown;
  error?: { code: number; data?: { message?: string } };
};

/** Starts the bridge, sends the lines one by one and collects one reply per line. */
async function converse(lines: string[], args: string[] = []) {
  const child = spawn(BRIDGE, args, { stdio: ["pipe", "pipe", "pipe"] });
  const replies = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const received: RpcReply[] = [];
  for (const line of lines) {
    child.stdin.write(`${line}\n`);
    const next = await replies.next();
    received.push(JSON.parse(String(next.value)) as RpcReply);
  }
  child.stdin.end();
  const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { received, exitCode };
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 1));
    });
  });
}

describe("schema engine bridge process", () => {
  it("reports the wasm engine's version the way the native binary does", () => {
    const run = spawnSync(BRIDGE, ["--version"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^schema-engine-cli [0-9a-f]{40} \(wasm bridge\)\n$/);
  });

  it("answers unknown methods and bad lines with JSON-RPC errors, keeps serving, and exits 0 when stdin ends", async () => {
    const { received, exitCode } = await converse([
      JSON.stringify({ jsonrpc: "2.0", id: 7, method: "noSuchMethod", params: {} }),
      "this is not json",
      JSON.stringify({ jsonrpc: "2.0", id: 8, method: "getDatabaseDescription", params: {} }),
    ]);

    expect(received[0]).toMatchObject({ id: 7, error: { code: -32601 } });
    expect(received[1]).toMatchObject({ id: null, error: { code: -32700 } });
    expect(received[2]).toMatchObject({ id: 8, error: { code: -32601 } });
    expect(exitCode).toBe(0);
  });

  it("says which setting is missing when a command needs the database and no URL was given", async () => {
    const { received } = await converse([
      JSON.stringify({ jsonrpc: "2.0", id: 1, method: "getDatabaseVersion" }),
    ]);

    expect(received[0]?.error?.data?.message).toContain("set DATABASE_URL");
  });

  it("fails `cli can-connect-to-database` with P1001 in the stderr format the CLI parses", async () => {
    const port = await closedPort();
    const datasource = JSON.stringify({
      url: `postgresql://nobody:secret@127.0.0.1:${port}/nothing`,
    });
    const run = spawnSync(BRIDGE, ["--datasource", datasource, "cli", "can-connect-to-database"], {
      encoding: "utf8",
    });

    expect(run.status).toBe(1);
    // The CLI drops the first stderr line and parses each further line as JSON.
    const [, ...jsonLines] = run.stderr.split("\n");
    const logged = jsonLines.map(
      (line) =>
        JSON.parse(line) as { level: string; target: string; fields: Record<string, string> },
    );
    expect(logged).toEqual([
      {
        level: "ERROR",
        target: "schema_engine::logger",
        fields: {
          error_code: "P1001",
          message: `Can't reach database server at \`127.0.0.1:${port}\``,
        },
      },
    ]);
  });

  it("rejects an unknown one-shot command", () => {
    const datasource = JSON.stringify({ url: "postgresql://127.0.0.1:1/x" });
    const run = spawnSync(BRIDGE, ["--datasource", datasource, "cli", "drop-everything"], {
      encoding: "utf8",
    });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Unknown command `drop-everything`");
  });
});
