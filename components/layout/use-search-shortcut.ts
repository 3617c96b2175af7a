"use client";

import { useEffect } from "react";
import { LIST_SEARCH_ATTRIBUTE } from "./list-search";

/** Whether the key press belongs to something the person is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * "/" focuses the page's list search (and selects what it holds), as on GitHub or Gmail, unless
 * the person is typing somewhere or holds a modifier key.
 */
export function useSearchShortcut() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTyping(event.target)) return;
      const field = document.querySelector<HTMLInputElement>(`[${LIST_SEARCH_ATTRIBUTE}]`);
      if (!field) return;
      event.preventDefault();
      field.focus();
      field.select();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
