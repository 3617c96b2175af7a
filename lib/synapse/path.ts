/**
 * Builds a URL path whose interpolated parts are percent-encoded, so Matrix IDs (`@a:b`, `!r:b`,
 * `#x:b`) and device IDs stay one path segment: synapsePath`/_synapse/admin/v2/users/${id}`.
 */
export function synapsePath(strings: TemplateStringsArray, ...segments: string[]): string {
  return strings.reduce((path, literal, index) => {
    const segment = segments[index - 1];
    return path + (segment === undefined ? "" : encodeURIComponent(segment)) + literal;
  });
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
