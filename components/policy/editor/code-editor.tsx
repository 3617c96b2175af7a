"use client";

import { json, jsonLanguage } from "@codemirror/lang-json";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorSelection, EditorState } from "@codemirror/state";
import { EditorView, basicSetup } from "codemirror";
import { useEffect, useRef, useState } from "react";
import type { PolicyProblem } from "@/lib/policy/document/parse-policy";
import { problemRange } from "./problem-ranges";
import { schemaCompletion, schemaHover } from "./schema-support";
import type { JsonSchema } from "./schema-hints";

/** Where the cursor is asked to go: a 1-based line and column; each request a new object. */
export type CursorRequest = { line: number; column: number };

type Props = {
  initialText: string;
  /** Marked in the text and the gutter; positions as parsePolicy gives them. */
  problems: PolicyProblem[];
  schema?: JsonSchema;
  readOnly?: boolean;
  onChange?: (text: string) => void;
  /** The editor's accessible name. */
  label: string;
  /**
   * The cursor goes there, the editor scrolls to it and takes the focus, when it changes and when
   * the editor is made: a problem clicked while the editor is still loading is not lost.
   */
  cursorAt?: CursorRequest | null;
};

// The console's colours, so the editor follows the light and dark themes.
const consoleTheme = EditorView.theme({
  "&": {
    height: "100%",
    fontSize: "12px",
    backgroundColor: "var(--card)",
    color: "var(--card-foreground)",
  },
  ".cm-scroller": { fontFamily: "var(--font-mono)" },
  ".cm-gutters": {
    backgroundColor: "var(--muted)",
    color: "var(--muted-foreground)",
    borderRight: "1px solid var(--border)",
  },
  ".cm-activeLine, .cm-activeLineGutter": {
    backgroundColor: "color-mix(in oklch, var(--accent) 60%, transparent)",
  },
  "&.cm-focused": { outline: "none" },
  ".cm-tooltip": {
    backgroundColor: "var(--popover)",
    color: "var(--popover-foreground)",
    border: "1px solid var(--border)",
  },
});

function toDiagnostics(state: EditorState, problems: PolicyProblem[]): Diagnostic[] {
  return problems.map((problem) => ({
    ...problemRange(state.doc, problem),
    severity: problem.severity,
    message: problem.message,
  }));
}

/** CodeMirror 6 on a JSON document; loaded in the browser only (see lazy-code-editor.tsx). */
export default function CodeEditor({
  initialText,
  problems,
  schema,
  readOnly = false,
  onChange,
  label,
  cursorAt = null,
}: Props) {
  const parent = useRef<HTMLDivElement>(null);
  // The first schema stays: a page refresh brings an equal one, which must not rebuild the editor
  // (and lose what was typed).
  const [hints] = useState(schema);
  const view = useRef<EditorView | null>(null);
  // The latest callback, so the editor (made once) never calls a stale one.
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!parent.current) return;
    const created = new EditorView({
      parent: parent.current,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          basicSetup,
          json(),
          lintGutter(),
          consoleTheme,
          EditorView.contentAttributes.of({ "aria-label": label }),
          EditorState.readOnly.of(readOnly),
          EditorView.editable.of(!readOnly),
          hints
            ? [jsonLanguage.data.of({ autocomplete: schemaCompletion(hints) }), schemaHover(hints)]
            : [],
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current?.(update.state.doc.toString());
          }),
        ],
      }),
    });
    // A long document scrolls inside the editor: keyboard users reach the scroller to scroll it.
    created.scrollDOM.tabIndex = 0;
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The document is the editor's own once made; a new text means a new editor (a new key).
  }, [initialText, label, readOnly, hints]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    current.dispatch(setDiagnostics(current.state, toDiagnostics(current.state, problems)));
  }, [problems]);

  // On mount too, after the first effect has made the editor: a request made while the editor
  // was loading (apart from the page) is applied once it is there.
  useEffect(() => {
    const current = view.current;
    if (!current || !cursorAt) return;
    const { from } = problemRange(current.state.doc, cursorAt);
    current.dispatch({
      selection: EditorSelection.cursor(from),
      effects: EditorView.scrollIntoView(from, { y: "center" }),
    });
    current.focus();
  }, [cursorAt]);

  return (
    <div
      ref={parent}
      className="h-full overflow-hidden rounded-md border"
      data-testid="policy-code-editor"
    />
  );
}
