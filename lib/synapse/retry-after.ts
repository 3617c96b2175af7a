/**
 * How long Synapse wants us to wait, in ms: `retry_after_ms` from the body when given (it is
 * precise), otherwise the Retry-After header (seconds, or an HTTP date). Undefined when neither.
 */
export function retryAfterMs(
  bodyValue: number | undefined,
  headers: Headers,
  now = Date.now(),
): number | undefined {
  if (bodyValue !== undefined && Number.isFinite(bodyValue) && bodyValue >= 0)
    return Math.ceil(bodyValue);
  const header = headers.get("retry-after")?.trim();
  if (!header) return undefined;
  if (/^\d+$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
