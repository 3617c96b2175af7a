import { ROBOTS_TAG } from "./robots-tag";

type PolicyOptions = {
  /** The console's public URL is https: browsers are told to keep to https. */
  https: boolean;
  /** `next dev` needs eval for React's error overlays; production never does. */
  development: boolean;
};

/**
 * The Content-Security-Policy of every page. Scripts run only with this request's nonce (Next puts
 * it on its own scripts when it finds it in the request's policy), and what they load
 * ('strict-dynamic'). Styles stay 'unsafe-inline': React renders style attributes (progress bars,
 * charts), and Radix, sonner and next-themes set inline styles; a nonce in style-src would disable
 * 'unsafe-inline' and break them.
 */
export function buildContentSecurityPolicy(nonce: string, options: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The other security headers of every response; HSTS only when the console is served over https. */
export function securityHeaders(options: Pick<PolicyOptions, "https">): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    [ROBOTS_TAG.name]: ROBOTS_TAG.value,
    ...(options.https
      ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" }
      : {}),
  };
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
