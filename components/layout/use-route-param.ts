"use client";

import { useParams } from "next/navigation";

/** Longest address text a not-found page repeats: it is the visitor's own, not the console's. */
const MAX_SHOWN = 120;

/**
 * A dynamic segment of the address (`userId` of /users/[userId]), decoded as the page decodes it,
 * cut to 120 characters: a not-found page gets no props, so this is how it names what was not
 * found (shown as code, so a crafted address reads as an ID, not as the console's words).
 */
export function useRouteParam(name: string): string {
  const value = useParams<Record<string, string | string[] | undefined>>()[name];
  const raw = Array.isArray(value) ? value.join("/") : (value ?? "");
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding: named as it was written.
  }
  return decoded.length > MAX_SHOWN ? `${decoded.slice(0, MAX_SHOWN)}…` : decoded;
}
