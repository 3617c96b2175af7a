import { countOf } from "./count";

const NUMBER = new Intl.NumberFormat("en");

type ListRange = {
  /** What the list holds, singular: "room". */
  noun: string;
  /** Its plural when not noun + "s". */
  plural?: string;
  /** Position of the first item shown, counted from 1. */
  first: number;
  /** How many items this page shows. */
  shown: number;
  /** How many there are, of those matching the filter when there is one. */
  total: number;
  /** What the list is filtered by, in words ("“lobby”", "the filters"); absent when unfiltered. */
  filter?: string;
};

/** The text with its first letter in upper case. */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Where a page of a list stands, for its pager: "Rooms 26–50 of 120", "Room 1 of 1",
 * "No rooms match “lobby”", "No rooms". Never "No rooms of 0".
 */
export function listRange({ noun, plural = `${noun}s`, first, shown, total, filter }: ListRange) {
  const matching = filter ? ` matching ${filter}` : "";
  if (shown > 0) {
    const last = first + shown - 1;
    const range =
      shown === 1
        ? `${capitalised(noun)} ${NUMBER.format(first)}`
        : `${capitalised(plural)} ${NUMBER.format(first)}–${NUMBER.format(last)}`;
    return `${range} of ${NUMBER.format(total)}${matching}`;
  }
  if (total === 0) return filter ? `No ${plural} match ${filter}` : `No ${plural}`;
  // A page past the end (a hand-edited or outdated URL): say how many there are to page back to.
  return `No ${plural} on this page; ${countOf(total, noun, plural)}${matching || " in all"}`;
}
