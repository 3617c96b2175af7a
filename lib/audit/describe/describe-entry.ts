import { API_TOKEN_SENTENCES } from "./api-token-sentences";
import { LIFECYCLE_SENTENCES } from "./lifecycle-sentences";
import { CONSOLE_SENTENCES } from "./console-sentences";
import type { DescribableEntry, Describe } from "./entry-fields";
import { JOB_SENTENCES } from "./job-sentences";
import { MEDIA_CLEANUP_SENTENCES } from "./media-cleanup-sentences";
import { NOTIFICATION_SENTENCES } from "./notification-sentences";
import { findPlanActionSentence, POLICY_SENTENCES } from "./policy-sentences";
import { REGISTRATION_TOKEN_SENTENCES } from "./registration-token-sentences";
import { ROOM_SENTENCES } from "./room-sentences";
import { SERVER_NOTICE_SENTENCES } from "./server-notice-sentences";
import { USER_SENTENCES } from "./user-sentences";

export type { DescribableEntry } from "./entry-fields";

const SENTENCES: Record<string, Describe> = {
  ...USER_SENTENCES,
  ...ROOM_SENTENCES,
  ...CONSOLE_SENTENCES,
  ...JOB_SENTENCES,
  ...POLICY_SENTENCES,
  ...REGISTRATION_TOKEN_SENTENCES,
  ...SERVER_NOTICE_SENTENCES,
  ...MEDIA_CLEANUP_SENTENCES,
  ...API_TOKEN_SENTENCES,
  ...LIFECYCLE_SENTENCES,
  ...NOTIFICATION_SENTENCES,
};

/** The sentence of an action name, or null when it has none (describe-entry.test.ts finds them). */
export function findSentence(action: string): Describe | null {
  const own = Object.hasOwn(SENTENCES, action) ? SENTENCES[action] : undefined;
  return own ?? findPlanActionSentence(action);
}

/**
 * What an audit entry did, as a sentence starting in lower case after its actor: "locked
 * @bob:example.org". An action without a sentence (one the console no longer has) is named as
 * it is stored, with its target.
 */
export function describeEntry(entry: DescribableEntry): string {
  const describe = findSentence(entry.action);
  if (describe) return describe(entry);
  return entry.targetId ? `${entry.action} on ${entry.targetId}` : entry.action;
}
