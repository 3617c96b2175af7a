import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce, securityHeaders } from "./security-headers";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((entry) => entry.startsWith(`${name} `));

describe("buildContentSecurityPolicy", () => {
  it("lets scripts run only with the nonce and forbids framing, plugins and other origins", () => {
    const policy = buildContentSecurityPolicy("abc123", { https: false, development: false });
    expect(directive(policy, "script-src")).toBe(
      "script-src 'self' 'nonce-abc123' 'strict-dynamic'",
    );
    expect(directive(policy, "default-src")).toBe("default-src 'self'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("keeps inline styles without a nonce, which would switch 'unsafe-inline' off", () => {
    const policy = buildContentSecurityPolicy("n", { https: false, development: false });
    expect(directive(policy, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });

  it("allows eval only in development and upgrades requests only over https", () => {
    expect(buildContentSecurityPolicy("n", { https: false, development: true })).toContain(
      "'unsafe-eval'",
    );
    expect(buildContentSecurityPolicy("n", { https: true, development: false })).toContain(
      "upgrade-insecure-requests",
    );
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only when the public URL is https", () => {
    expect(securityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ https: false })).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });
});

describe("createNonce", () => {
  it("gives a different base64 value of 16 random bytes each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
