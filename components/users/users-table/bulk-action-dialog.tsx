"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { BulkRunResults } from "./bulk-run-results";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

/** What the confirmation says of its subject. */
export type BulkActionWords = {
  /** Says exactly what will happen, to how many users. */
  description: ReactNode;
  confirmLabel: string;
  /** How many users the action covers, for the progress. */
  count: number;
};

type Props<Subject> = {
  /** The toolbar button. */
  label: string;
  /** The button's size: small in the selection's toolbar (the default), as its neighbours else. */
  buttonSize?: "sm" | "default";
  title: string;
  /**
   * Whom the action covers (the selected users, or the list's filters). The dialog keeps the one it
   * opened with, so what it says and what it starts stay the same if the list changes behind it.
   */
  subject: Subject;
  describe: (subject: Subject) => BulkActionWords;
  destructive?: boolean;
  disabled: boolean;
  /** Why the button is disabled, as its title, when the page does not say it elsewhere. */
  disabledWhy?: string;
  /** Starts the bulk job; returns null when the dialog's own fields are not valid yet. */
  perform: (subject: Subject) => Promise<ActionResult<{ runId: string }>> | null;
  /** Extra fields of the confirmation, such as the room to join. */
  children?: ReactNode;
};

/** Asks before a bulk action, starts it as a job, then follows it and lists what happened to each user. */
export function BulkActionDialog<Subject>(props: Props<Subject>) {
  const [opened, setOpened] = useState<{ subject: Subject } | null>(null);
  const subject = opened ? opened.subject : props.subject;
  const words = props.describe(subject);
  const mutation = useMutation({ mutationFn: async () => props.perform(subject) });
  const onOpenChange = (next: boolean) => {
    setOpened(next ? { subject: props.subject } : null);
    if (!next) mutation.reset();
  };
  const result = mutation.data;
  const failure = mutation.isError
    ? CONSOLE_UNREACHABLE
    : result && !result.ok
      ? result.error
      : null;

  return (
    <Dialog open={opened !== null} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button
          variant={props.destructive ? "destructive" : "outline"}
          size={props.buttonSize ?? "sm"}
          disabled={props.disabled}
          title={props.disabled ? props.disabledWhy : undefined}
        >
          {props.label}
        </Button>
      </DialogTrigger>
      <DialogContent title={props.title} description={words.description}>
        {result?.ok ? (
          <BulkRunResults runId={result.data.runId} total={words.count} />
        ) : (
          <>
            {props.children}
            <FieldError role="alert">{failure}</FieldError>
          </>
        )}
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="outline">{result?.ok ? "Done" : "Cancel"}</Button>
          </DialogClose>
          {result?.ok ? null : (
            <Button
              variant={props.destructive ? "destructive" : "default"}
              disabled={mutation.isPending}
              onClick={() => mutation.mutate()}
            >
              {mutation.isPending ? "Working…" : words.confirmLabel}
            </Button>
          )}
        </div>
      </DialogContent>
    </Dialog>
  );
}
