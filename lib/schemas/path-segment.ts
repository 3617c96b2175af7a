/** Percent-decoding tries at most this many layers: enough for `%252e`, bounded for hostile input. */
const MAX_DECODE_ROUNDS = 3;

function decodeLayers(value: string): string[] {
  const layers = [value];
  let current = value;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      break;
    }
    if (decoded === current) break;
    layers.push(decoded);
    current = decoded;
  }
  return layers;
}

/**
 * Whether a value, placed as one segment of a URL path, could point somewhere else: empty, `.` or
 * `..` (which URL normalisation resolves, even after encodeURIComponent, which leaves dots alone),
 * or their percent-encoded forms (`%2e%2e`, `%252E.`) in case a server decodes twice. Slashes are
 * no danger: encodeURIComponent turns them into `%2F`, and user IDs may contain them.
 */
export function isPathChangingSegment(value: string): boolean {
  return decodeLayers(value).some((layer) => layer === "" || layer === "." || layer === "..");
}
