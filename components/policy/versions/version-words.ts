/** How a version came to be, for people. */
export const ORIGIN_LABELS: Record<string, string> = {
  editor: "Saved in the editor",
  import: "Imported",
  restore: "Restored",
  url: "Pulled from the URL",
  user_import: "Import of users",
  lifecycle: "Lifecycle event",
};

/** The first 12 hex digits of a content hash: enough to tell versions apart at a glance. */
export function shortHash(contentHash: string) {
  return contentHash.slice(0, 12);
}
