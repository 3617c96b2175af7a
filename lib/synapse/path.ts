import { isPathChangingSegment } from "@/lib/schemas/path-segment";
import { SynapseError } from "./errors";

/**
 * Builds a URL path whose interpolated parts are percent-encoded, so Matrix IDs (`@a:b`, `!r:b`,
 * `#x:b`) and device IDs stay one path segment: synapsePath`/_synapse/admin/v2/users/${id}`.
 * The last line against path tricks: a part that is empty, `.` or `..` (encoded or not) is
 * refused, since `devices/..` would reach the user itself once the URL is normalised.
 */
export function synapsePath(strings: TemplateStringsArray, ...segments: string[]): string {
  return strings.reduce((path, literal, index) => {
    const segment = segments[index - 1];
    return path + (segment === undefined ? "" : encodeSegment(segment)) + literal;
  });
}

function encodeSegment(segment: string): string {
  if (isPathChangingSegment(segment)) {
    // Only short values can be refused here (at most three layers are decoded), so showing is safe.
    throw new SynapseError({
      kind: "bad_request",
      message: `${JSON.stringify(segment)} is not a valid ID: an ID may not be empty, "." or "..".`,
    });
  }
  return encodeURIComponent(segment);
}

/** An array repeats the key once per element, as Synapse reads repeated parameters. */
export type QueryValue = string | number | boolean | undefined | readonly string[];

/** `?a=1&b=x` from the defined values, or "" when there are none. */
export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
