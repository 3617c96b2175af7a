"use client";

import { useCallback, useEffect, useEffectEvent, useRef } from "react";
import { z } from "zod";

/** Every draft's key starts so: `policy-draft:<server name>:<Matrix ID>`. */
const KEY_PREFIX = "policy-draft:";

/** The key of one person's draft on one homeserver. */
export const policyDraftKey = (serverName: string, userId: string) =>
  `${KEY_PREFIX}${serverName}:${userId}`;

/**
 * Forgets every policy draft this tab keeps: on the sign-in page, so a draft (which may hold
 * passwords) does not stay in a tab whose person signed out or was signed out.
 */
export function forgetPolicyDrafts() {
  try {
    const keys = Array.from({ length: window.sessionStorage.length }, (_, index) =>
      window.sessionStorage.key(index),
    );
    for (const key of keys) if (key?.startsWith(KEY_PREFIX)) window.sessionStorage.removeItem(key);
  } catch {
    // Storage turned off: nothing was kept.
  }
}

/** Typing pauses this long before the draft is stored; leaving the page stores it at once. */
const STORE_DELAY_MS = 500;

const storedDraftSchema = z.object({
  text: z.string(),
  /** When it was stored, in ms. */
  savedAt: z.number(),
  /** The version it was written on; null before the first save. */
  baseVersion: z.number().nullable(),
});

export type StoredDraft = z.infer<typeof storedDraftSchema>;

function readDraft(key: string): StoredDraft | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    const parsed = raw ? storedDraftSchema.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function removeDraft(key: string) {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Storage turned off: there is nothing to remove.
  }
}

function writeDraft(key: string, draft: StoredDraft) {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Over the quota or turned off: an older draft must not come back in its place.
    removeDraft(key);
  }
}

type Options = {
  /** One per homeserver and person. */
  storageKey: string;
  /** False for readers, whose editor is read-only. */
  enabled: boolean;
  text: string;
  /** The text differs from the version it was loaded from (or last saved as). */
  dirty: boolean;
  baselineText: string;
  baseVersion: number | null;
  /** A draft kept from before, other than the saved text, found when the editor comes. */
  onRestore: (draft: StoredDraft) => void;
};

/**
 * Keeps the editor's unsaved text in this tab's sessionStorage, so that after a reload, or coming
 * back to a page left without asking, the editor brings it back. Session, not local, storage: a
 * policy may hold passwords, which must not outlive the tab (nor its session: the sign-in page
 * forgets them all). A document
 * over the storage's quota (about 5 million characters) is not kept.
 */
export function usePolicyDraft({
  storageKey,
  enabled,
  text,
  dirty,
  baselineText,
  baseVersion,
  onRestore,
}: Options) {
  // A text whose draft was given up (left, discarded, saved): a store already on its way skips it.
  const forgotten = useRef<string | null>(null);
  // What is stored: the same text again keeps its time, which says when it was last changed.
  const stored = useRef<StoredDraft | null>(null);
  // The version the text was written on: a restored draft's keeps its own through later edits.
  const base = useRef(baseVersion);
  const store = useEffectEvent(() => {
    if (!dirty) {
      stored.current = null;
      return removeDraft(storageKey);
    }
    if (text === forgotten.current || text === stored.current?.text) return;
    stored.current = { text, savedAt: Date.now(), baseVersion: base.current };
    writeDraft(storageKey, stored.current);
  });
  const restore = useEffectEvent(() => {
    const draft = readDraft(storageKey);
    if (!draft) return;
    if (draft.text === baselineText) return removeDraft(storageKey);
    stored.current = draft;
    base.current = draft.baseVersion;
    onRestore(draft);
  });

  useEffect(() => {
    if (enabled) restore();
  }, [enabled, storageKey]);

  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => store(), STORE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [enabled, storageKey, text, dirty]);

  // Leaving within the delay keeps the last keystrokes: a reload or a closed tab (pagehide), and a
  // page left without asking (a navigation made in code, a Back the browser did not let be held).
  useEffect(() => {
    if (!enabled) return;
    const onPageHide = () => store();
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      store();
    };
  }, [enabled]);

  /** Gives up the stored draft of the text as it is now. */
  const forget = useCallback(() => {
    forgotten.current = text;
    stored.current = null;
    base.current = baseVersion;
    removeDraft(storageKey);
  }, [storageKey, text, baseVersion]);
  /**
   * The text was saved as `version`: what is typed from now on is written on it. Without this, a
   * draft stored later would say it was written on the version before, and the notice would call
   * it stale though it holds the save.
   */
  const rebase = useCallback((version: number) => {
    base.current = version;
    stored.current = null;
  }, []);
  return { forget, rebase };
}
