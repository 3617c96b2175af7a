import { describe, expect, it } from "vitest";
import { isCrossSiteSubmission, type SubmissionHeaders } from "./cross-site-submission";

const post = (more: Partial<SubmissionHeaders>): SubmissionHeaders => ({
  method: "POST",
  origin: null,
  fetchSite: null,
  hosts: ["console.example.org"],
  ...more,
});

describe("isCrossSiteSubmission", () => {
  it("takes a change sent from the console's own pages", () => {
    expect(isCrossSiteSubmission(post({ origin: "https://console.example.org" }))).toBe(false);
    // Behind a reverse proxy that sends its own Host: NEXTAUTH_URL's host is the console's too.
    const proxied = { hosts: ["127.0.0.1:3000", "console.example.org"] };
    expect(isCrossSiteSubmission(post({ ...proxied, origin: "https://console.example.org" }))).toBe(
      false,
    );
    expect(isCrossSiteSubmission(post({ fetchSite: "same-origin" }))).toBe(false);
    // No Origin and no Sec-Fetch-Site: a script's client (curl), not a browser.
    expect(isCrossSiteSubmission(post({}))).toBe(false);
  });

  it("refuses one sent from another site or a sibling subdomain", () => {
    expect(isCrossSiteSubmission(post({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteSubmission(post({ origin: "https://wiki.example.org" }))).toBe(true);
    expect(isCrossSiteSubmission(post({ origin: "https://console.example.org:8443" }))).toBe(true);
    expect(isCrossSiteSubmission(post({ origin: "null" }))).toBe(true);
    expect(isCrossSiteSubmission(post({ origin: "not a url" }))).toBe(true);
    expect(isCrossSiteSubmission(post({ fetchSite: "same-site" }))).toBe(true);
    expect(isCrossSiteSubmission(post({ fetchSite: "cross-site" }))).toBe(true);
  });

  it("leaves reads alone, whoever links to them", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"])
      expect(
        isCrossSiteSubmission(
          post({ method, origin: "https://evil.example", fetchSite: "cross-site" }),
        ),
      ).toBe(false);
  });
});
