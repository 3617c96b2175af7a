/** The headers that say where a request was sent from, as the proxy reads them. */
export type SubmissionHeaders = {
  method: string;
  origin: string | null;
  /** Sec-Fetch-Site: "same-origin", "same-site", "cross-site" or "none" (typed or bookmarked). */
  fetchSite: string | null;
  /** The console's own hosts: X-Forwarded-Host, Host and NEXTAUTH_URL's, those present. */
  hosts: string[];
};

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A change sent by a browser from a page that is not the console's: a form or script on another
 * site, or on a sibling subdomain (same site, so the session cookie's SameSite=Lax still goes
 * along), could otherwise make a signed-in admin's browser start a job or save a policy. Next
 * checks its server actions the same way; this covers route handlers. A client without Origin and
 * Sec-Fetch-Site is no browser, so no one else's page sent it.
 */
export function isCrossSiteSubmission(request: SubmissionHeaders): boolean {
  if (READS.has(request.method.toUpperCase())) return false;
  if (request.origin !== null) {
    if (request.origin === "null") return true;
    try {
      return !request.hosts.includes(new URL(request.origin).host);
    } catch {
      return true;
    }
  }
  return request.fetchSite !== null && !["same-origin", "none"].includes(request.fetchSite);
}
