"use client";

import { useState } from "react";

/** Past this many characters a text shows its start, and the rest on request. */
const SHOWN_CHARACTERS = 600;

/**
 * A text someone wrote (a message body), shown whole when short; a long one (a 5,000-character
 * line of spam) shows its start and a button for the rest, so it does not push everything after
 * it a few screens down.
 */
export function LongText({ text }: { text: string }) {
  const [whole, setWhole] = useState(false);
  if (whole || text.length <= SHOWN_CHARACTERS) return text;
  return (
    <>
      {text.slice(0, SHOWN_CHARACTERS)}…{" "}
      <button
        type="button"
        className="font-sans text-sm whitespace-nowrap text-primary underline underline-offset-4"
        onClick={() => setWhole(true)}
      >
        Show all {text.length.toLocaleString("en")} characters
      </button>
    </>
  );
}
