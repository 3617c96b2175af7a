// The policy pulled from its URL: real HTTP(S) servers on this machine, the real database. Local
// servers are on loopback, so the admin's private-address allowance (which also allows http) is
// set for them, as token webhook tests do; without it, loopback is refused before any request.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startLocalHttpServer, type Handler } from "@/lib/synapse/testing/local-http-server";
import { prepareTestAppEnv } from "@/lib/testing/integration-env";

prepareTestAppEnv();

const { db } = await import("@/lib/db");
const { runAction } = await import("@/lib/actions/define-action");
const { updatePolicySettings } = await import("@/lib/actions/update-policy-settings");
const { pullPolicyNow } = await import("@/lib/actions/pull-policy-now");
const { getPolicySettings } = await import("@/lib/policy/settings");
const { latestVersion } = await import("@/lib/policy/versions");
const { pullPolicySource } = await import("./pull-policy-source");

const asAdmin = async () => ({ matrixId: "@source-admin:localhost", role: "admin" as const });
const asOperator = async () => ({ matrixId: "@source-op:localhost", role: "operator" as const });

const closers: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  // Other test files share the one settings row: leave it without a source.
  await db.policySettings.deleteMany({});
  for (const close of closers) await close();
});
beforeEach(() => db.policySettings.deleteMany({}));

/** A valid policy, different each time; the document text is served exactly as written. */
const policyText = (stamp = randomBytes(6).toString("hex")) =>
  `{\n  "schemaVersion": 2,\n  "identificationStamp": "${stamp}",\n  "users": []\n}\n`;

const guard = { guardCount: 10, guardPercent: 10 };

/** Serves `body()` at any path with a 200, recording what was asked. */
async function serve(body: () => string | Buffer) {
  const handler: Handler = (_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(body());
  };
  const server = await startLocalHttpServer(handler);
  closers.push(server.close);
  return server;
}

async function setSource(settings: Record<string, unknown>) {
  const result = await runAction(
    updatePolicySettings.definition,
    {
      sourceUrl: "",
      sourceAllowPrivate: false,
      sourceAuth: "none",
      sourceToken: "",
      ...guard,
      ...settings,
    } as never,
    asAdmin,
  );
  return result;
}

const versionCount = () => db.policyVersion.count();

describe("pulling the policy from its URL", () => {
  it("saves pulled content as a version authored by the source, sends the bearer token, and adds nothing when unchanged", async () => {
    let text = policyText();
    const server = await serve(() => text);
    const url = `${server.url}/policy.json`;
    const token = `bearer-${randomBytes(8).toString("hex")}`;
    expect(
      await setSource({
        sourceUrl: url,
        sourceAllowPrivate: true,
        sourceAuth: "replace",
        sourceToken: token,
      }),
    ).toMatchObject({ ok: true, data: { sourceUrl: url, hasToken: true } });
    const stored = await getPolicySettings();
    expect(stored.sourceTokenEncrypted).toBeTruthy();
    expect(stored.sourceTokenEncrypted).not.toContain(token);

    const first = await pullPolicySource();
    expect(first).toMatchObject({ changed: true, versionId: expect.any(String) });
    expect(first.error).toBeUndefined();
    const saved = await latestVersion();
    expect(saved).toMatchObject({
      id: first.versionId,
      content: text,
      author: `source:${url}`,
      origin: "url",
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
    const afterFirst = await getPolicySettings();
    expect(afterFirst.lastPullError).toBeNull();
    expect(afterFirst.lastPulledAt).toBeInstanceOf(Date);

    const count = await versionCount();
    const again = await pullPolicySource();
    expect(again).toEqual({ changed: false, versionId: first.versionId });
    expect(await versionCount()).toBe(count);
    expect(server.requests).toHaveLength(2);

    text = policyText();
    const changed = await pullPolicySource();
    expect(changed).toMatchObject({ changed: true });
    expect(changed.versionId).not.toBe(first.versionId);
    expect((await latestVersion())?.content).toBe(text);
  });

  it("records a bad document's first error with its line and column, and saves no version", async () => {
    const bad = `{\n  "schemaVersion": 3,\n  "users": []\n}\n`;
    const server = await serve(() => bad);
    await setSource({ sourceUrl: `${server.url}/bad.json`, sourceAllowPrivate: true });
    const latestBefore = await latestVersion();
    const count = await versionCount();

    const outcome = await pullPolicySource();
    expect(outcome.changed).toBe(false);
    expect(outcome.versionId).toBeUndefined();
    // schemaVersion is on line 2; the message is the schema's.
    expect(outcome.error).toMatch(/^The pulled document was not saved: 2:\d+ .*must be 2/);
    expect(await versionCount()).toBe(count);
    expect((await latestVersion())?.id).toBe(latestBefore?.id);
    expect((await getPolicySettings()).lastPullError).toBe(outcome.error);
  });

  it("records a broken JSON text's position too", async () => {
    const server = await serve(() => `{\n  "schemaVersion": 2,\n  "users": [\n    {,\n  ]\n}\n`);
    await setSource({ sourceUrl: `${server.url}/broken.json`, sourceAllowPrivate: true });
    const count = await versionCount();
    const outcome = await pullPolicySource();
    expect(outcome.error).toMatch(/^The pulled document was not saved: 4:\d+ /);
    expect(await versionCount()).toBe(count);
  });

  it("refuses a loopback or private URL without the allowance when saving, and stores nothing", async () => {
    for (const sourceUrl of ["https://127.0.0.1:8443/p.json", "https://10.1.2.3/p.json"]) {
      const result = await setSource({ sourceUrl });
      expect(result).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^The policy source's host is .*(loopback|private) address/),
      });
    }
    const onHttp = await setSource({ sourceUrl: "http://203.0.113.9/p.json" });
    expect(onHttp).toMatchObject({
      ok: false,
      fieldErrors: { sourceUrl: [expect.stringContaining("https")] },
    });
    expect(await db.policySettings.count()).toBe(0);
  });

  it("checks the address again at each pull: with the allowance withdrawn, nothing is requested", async () => {
    const server = await serve(() => policyText());
    const port = new URL(server.url).port;
    // A name, not an address: the pull resolves it again and connects to what it checked.
    await setSource({ sourceUrl: `http://localhost:${port}/p.json`, sourceAllowPrivate: true });
    expect(await pullPolicySource()).toMatchObject({ changed: true });
    expect(server.requests).toHaveLength(1);

    await db.policySettings.updateMany({
      data: { sourceAllowPrivate: false, sourceUrl: `https://localhost:${port}/p.json` },
    });
    const count = await versionCount();
    const refused = await pullPolicySource();
    expect(refused).toEqual({
      changed: false,
      error: expect.stringMatching(/^The policy source's host is (127\.0\.0\.1|::1), a loopback/),
    });
    expect(server.requests).toHaveLength(1);
    expect(await versionCount()).toBe(count);
    expect((await getPolicySettings()).lastPullError).toBe(refused.error);
  });

  it("verifies TLS: a self-signed certificate is refused, so nothing is saved", async () => {
    const server = await serveHttpsSelfSigned(policyText());
    await setSource({ sourceUrl: `${server.url}/p.json`, sourceAllowPrivate: true });
    const count = await versionCount();
    const outcome = await pullPolicySource();
    expect(outcome).toEqual({
      changed: false,
      error: expect.stringMatching(
        /^The policy source could not be reached \(.*SELF_SIGNED.*\)\.$/,
      ),
    });
    expect(server.connections()).toBe(1);
    expect(await versionCount()).toBe(count);
  });

  it("follows no redirect and takes no answer but 200", async () => {
    const server = await startLocalHttpServer(
      (_request, response) => response.writeHead(302, { location: "https://10.0.0.1/" }).end(),
      (_request, response) => response.writeHead(401).end(),
    );
    closers.push(server.close);
    await setSource({ sourceUrl: `${server.url}/p.json`, sourceAllowPrivate: true });
    expect(await pullPolicySource()).toEqual({
      changed: false,
      error: "The policy source answered 302, not 200 (redirects are not followed).",
    });
    expect(await pullPolicySource()).toEqual({
      changed: false,
      error: "The policy source answered 401, not 200.",
    });
    expect(server.requests).toHaveLength(2);
  });

  it("gives up past the size limit", async () => {
    // 17 MiB of spaces then a valid document: only the size is wrong.
    const server = await serve(() => Buffer.from(" ".repeat(17 * 1024 * 1024) + policyText()));
    await setSource({ sourceUrl: `${server.url}/p.json`, sourceAllowPrivate: true });
    const count = await versionCount();
    expect(await pullPolicySource()).toEqual({
      changed: false,
      error: "The policy source is larger than 16 MiB.",
    });
    expect(await versionCount()).toBe(count);
  });
});

describe("the policy settings action", () => {
  it("keeps the token out of the audit log and keeps it only for the same server", async () => {
    const token = `bearer-${randomBytes(8).toString("hex")}`;
    const url = "http://127.0.0.1:9/a.json";
    const saved = await setSource({
      sourceUrl: url,
      sourceAllowPrivate: true,
      sourceAuth: "replace",
      sourceToken: token,
      guardCount: 25,
      guardPercent: 5,
    });
    expect(saved).toMatchObject({ ok: true, data: { guardCount: 25, guardPercent: 5 } });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "policy.update_settings", actorId: "@source-admin:localhost" },
      orderBy: { id: "desc" },
    });
    expect(JSON.stringify(entry.input)).not.toContain(token);
    expect(entry.input).toMatchObject({ sourceUrl: url, sourceToken: "[redacted]" });

    const kept = await setSource({
      sourceUrl: "http://127.0.0.1:9/b.json",
      sourceAllowPrivate: true,
      sourceAuth: "keep",
    });
    expect(kept).toMatchObject({ ok: true, data: { hasToken: true } });
    const elsewhere = await setSource({
      sourceUrl: "http://127.0.0.2:9/b.json",
      sourceAllowPrivate: true,
      sourceAuth: "keep",
    });
    expect(elsewhere).toMatchObject({
      ok: false,
      error: expect.stringContaining("another server"),
    });
    const cleared = await setSource({ sourceUrl: "", sourceAuth: "keep" });
    expect(cleared).toMatchObject({ ok: true, data: { sourceUrl: null, hasToken: false } });
    expect(await getPolicySettings()).toMatchObject({
      sourceUrl: null,
      sourceTokenEncrypted: null,
      guardCount: 10,
    });
  });

  it("is for admins only, and 'pull now' pulls through the audited action", async () => {
    const refused = await runAction(
      updatePolicySettings.definition,
      { sourceUrl: "", sourceAllowPrivate: false, sourceAuth: "none", sourceToken: "", ...guard },
      asOperator,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: "This needs the admin role; you are operator.",
    });

    const text = policyText();
    const server = await serve(() => text);
    await setSource({ sourceUrl: `${server.url}/p.json`, sourceAllowPrivate: true });
    const pulled = await runAction(pullPolicyNow.definition, {}, asAdmin);
    expect(pulled).toMatchObject({ ok: true, data: { changed: true } });
    expect((await latestVersion())?.content).toBe(text);
    expect(await runAction(pullPolicyNow.definition, {}, asOperator)).toMatchObject({ ok: false });
  });
});

/** An https server on 127.0.0.1 with a certificate made now and trusted by nobody. */
async function serveHttpsSelfSigned(body: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "policy-source-tls-"));
  closers.push(() => rmSync(dir, { recursive: true, force: true }));
  const [key, cert] = [path.join(dir, "key.pem"), path.join(dir, "cert.pem")];
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  let connections = 0;
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end(body);
  });
  server.on("connection", () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { url: `https://127.0.0.1:${port}`, connections: () => connections };
}
