/** The console page of one room. */
export function roomHref(roomId: string): string {
  return `/rooms/${encodeURIComponent(roomId)}`;
}
