"use client";

import { useRouter } from "next/navigation";
import {
  useEffect,
  useRef,
  useState,
  useTransition,
  type FormEvent,
  type FocusEvent,
  type SyntheticEvent,
} from "react";

/** How long typing may pause before the list follows it. */
const TYPING_PAUSE_MS = 300;

export type LiveFiltersOptions = {
  /** The list's URL for the filters shown now, from the first page. */
  current: string;
  /** The list's URL for what the form holds, through the list's own parser and query builder. */
  hrefOf: (values: Record<string, string>) => string;
  /**
   * A list paged in the browser (paged-list/use-paged-list.ts) shows the URL's page itself, in
   * place; without it the router renders the page at the URL.
   */
  follow?: (href: string, options: { keepScroll: true; replace: boolean }) => void;
};

/** The form's fields by name, the first value of a repeated one, as a URL would give them. */
function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") values[name] ??= value;
  }
  return values;
}

/** A field typed into key by key (a search, a number of days): it waits for typing to pause. */
function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLInputElement && ["search", "text", "number"].includes(target.type);
}

/**
 * Spread on a text field whose value has a form (a date, an ID) that is wrong until typed whole:
 * it applies when the person leaves it or presses Enter, not at each pause in typing, so a list
 * that refuses a malformed value does not say so halfway through the typing.
 */
export const APPLIES_ON_COMMIT = { "data-applies-on": "commit" } as const;

const appliesOnCommit = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.dataset.appliesOn === "commit";

/**
 * A GET filter form that applies itself: a select or checkbox at once, typing once it pauses (a
 * field marked APPLIES_ON_COMMIT as it is left), by client navigation, so the URL stays the list's
 * only state. Each change is a history entry that Back returns from; a run of typing is one entry,
 * not one per key. The fields stay uncontrolled so typing keeps its caret while the results
 * arrive; when the URL changes for another reason (Back, a removed filter, a sort link)
 * `generation` moves on and the fields are drawn anew.
 */
export function useLiveFilters({ current, hrefOf, follow }: LiveFiltersOptions) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [shown, setShown] = useState(current);
  // URLs this form asked for that the page has not shown yet, oldest first.
  const [requested, setRequested] = useState<readonly string[]>([]);
  const [generation, setGeneration] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Whether the typing under way already has its history entry, to replace rather than add to.
  const typingHasEntry = useRef(false);

  if (current !== shown) {
    setShown(current);
    const index = requested.indexOf(current);
    if (index >= 0) {
      setRequested(requested.slice(index + 1));
    } else {
      setRequested([]);
      setGeneration(generation + 1);
    }
  }

  const apply = (form: HTMLFormElement, typing: boolean) => {
    clearTimeout(timer.current);
    const href = hrefOf(formValues(form));
    if (href === (requested.at(-1) ?? current)) return;
    const replace = typing && typingHasEntry.current;
    typingHasEntry.current = typing;
    setRequested((list) => [...list, href]);
    if (follow) return follow(href, { keepScroll: true, replace });
    startTransition(() => {
      if (replace) router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    });
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  // What was typed or chosen before the page's script ran has not been applied yet; typing that
  // goes on from there is the same run. A field applied on commit that is still being typed in
  // waits for its commit.
  useEffect(() => {
    const form = formRef.current;
    if (!form || hrefOf(formValues(form)) === current) return;
    const active = document.activeElement;
    const typing = active !== null && form.contains(active) && isTextField(active);
    if (typing && appliesOnCommit(active)) return;
    apply(form, typing);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the form comes to life
  }, []);

  const formProps = {
    ref: formRef,
    // Form restoration on a reload would show fields the URL does not hold.
    autoComplete: "off",
    onChange: (event: SyntheticEvent<HTMLFormElement>) => {
      const form = event.currentTarget;
      if (!isTextField(event.target)) return apply(form, false);
      if (appliesOnCommit(event.target)) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => apply(form, true), TYPING_PAUSE_MS);
    },
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      // Enter in a field applied on commit is a commit of its own, as leaving it is.
      apply(event.currentTarget, !appliesOnCommit(document.activeElement));
    },
    // A run of typing ends as its field loses the focus; the next run is an entry of its own.
    // Not as a field gains it: React replays a focus that came while the page was hydrating after
    // the effect above applied the typing before it, which then made a second entry.
    onBlur: (event: FocusEvent<HTMLFormElement>) => {
      // Not when the window loses the focus (another app, another tab): the typing is not over.
      if (appliesOnCommit(event.target) && document.hasFocus()) apply(event.currentTarget, false);
      if (isTextField(event.target)) typingHasEntry.current = false;
    },
  };
  return { formProps, generation, isPending };
}
