"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import {
  parseTokenListSearch,
  toTokenListQuery,
  type TokenKindFilter,
  type TokenListSearch,
} from "@/lib/tokens/list-search";

/** Typing waits this long for a pause before the list follows. */
const SEARCH_DELAY_MS = 300;

const KIND_LABELS: Record<TokenKindFilter, string> = {
  all: "All accounts",
  bot: "Bots",
  managed: "Managed",
  pending: "With old tokens waiting",
};

/** What the fields hold while being edited (a number field may be empty for a moment). */
type Draft = { q: string; kind: TokenKindFilter; due: boolean; unused: string; limit: string };

const draftOf = (search: TokenListSearch): Draft => ({
  q: search.q,
  kind: search.kind,
  due: search.due,
  unused: String(search.unused),
  limit: String(search.limit),
});

/** The URL for a draft, on the first page: a filter changes which accounts page 2 holds. */
const queryOf = (draft: Draft) =>
  toTokenListQuery(parseTokenListSearch({ ...draft, due: draft.due ? "1" : undefined }), {
    page: 1,
  });

/**
 * The table's filters. Each change replaces the URL (the table's only state, so a reload, a shared
 * link or Back shows the same list); typing is applied after a pause. Still a GET form, so it
 * works without JavaScript too.
 */
export function TokenListFilters({ search }: { search: TokenListSearch }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [draft, setDraft] = useState(() => draftOf(search));
  const urlQuery = toTokenListQuery(search, { page: 1 });
  const [shownQuery, setShownQuery] = useState(urlQuery);
  const [sentQuery, setSentQuery] = useState<string | null>(null);
  if (urlQuery !== shownQuery) {
    setShownQuery(urlQuery);
    // A link changed the URL: the fields follow it. What this form sent they show already, and
    // may have been typed past while it loaded.
    if (urlQuery !== sentQuery) setDraft(draftOf(search));
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function change(next: Partial<Draft>, delay = 0) {
    const updated = { ...draft, ...next };
    setDraft(updated);
    clearTimeout(timer.current);
    const go = () => {
      const query = queryOf(updated);
      setSentQuery(query);
      startTransition(() => router.replace(`/tokens${query}`, { scroll: false }));
    };
    if (delay > 0) timer.current = setTimeout(go, delay);
    else go();
  }

  return (
    <form
      method="get"
      action="/tokens"
      role="search"
      aria-label="Filter accounts"
      aria-busy={pending}
      className="grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-[2fr_1fr_1fr_auto] lg:gap-x-4"
      onSubmit={(event) => {
        event.preventDefault();
        change({});
      }}
    >
      <div className="col-span-2 space-y-1 lg:col-span-1">
        <Label htmlFor="tokens-q">Search user ID</Label>
        <Input
          id="tokens-q"
          name="q"
          type="search"
          value={draft.q}
          onChange={(event) => change({ q: event.target.value }, SEARCH_DELAY_MS)}
          data-list-search
          aria-keyshortcuts="/"
          autoComplete="off"
        />
      </div>
      <div className="space-y-1">
        <Label htmlFor="tokens-kind">Kind</Label>
        <Select
          id="tokens-kind"
          name="kind"
          value={draft.kind}
          onChange={(event) => change({ kind: event.target.value as TokenKindFilter })}
        >
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="tokens-unused">Unused after (days)</Label>
        <Input
          id="tokens-unused"
          name="unused"
          type="number"
          min={1}
          max={3650}
          value={draft.unused}
          onChange={(event) => change({ unused: event.target.value }, SEARCH_DELAY_MS)}
        />
      </div>
      {/* The page size is chosen beside the pager; a size the URL names stays with the filters. */}
      <input type="hidden" name="limit" value={draft.limit} />
      <label className="col-span-2 flex items-center gap-2 self-end pb-2 text-sm lg:col-span-1">
        <input
          type="checkbox"
          name="due"
          value="1"
          className="size-4"
          checked={draft.due}
          onChange={(event) => change({ due: event.target.checked })}
        />
        Due only
      </label>
      <p className="sr-only" aria-live="polite">
        {pending ? "Updating the list…" : ""}
      </p>
    </form>
  );
}
