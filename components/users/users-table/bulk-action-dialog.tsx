"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { BulkRunResults } from "./bulk-run-results";
import { CONSOLE_UNREACHABLE } from "@/components/ui/use-action-mutation";

type Props = {
  /** The toolbar button. */
  label: string;
  title: string;
  /** Says exactly what will happen, to how many users. */
  description: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  disabled: boolean;
  /** How many users the action covers, for the progress. */
  count: number;
  /** Starts the bulk job; returns null when the dialog's own fields are not valid yet. */
  perform: () => Promise<ActionResult<{ runId: string }>> | null;
  /** Extra fields of the confirmation, such as the room to join. */
  children?: ReactNode;
};

/** Asks before a bulk action, starts it as a job, then follows it and lists what happened to each user. */
export function BulkActionDialog(props: Props) {
  const [open, setOpen] = useState(false);
  const mutation = useMutation({ mutationFn: async () => props.perform() });
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) mutation.reset();
  };
  const result = mutation.data;
  const failure = mutation.isError
    ? CONSOLE_UNREACHABLE
    : result && !result.ok
      ? result.error
      : null;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button
          variant={props.destructive ? "destructive" : "outline"}
          size="sm"
          disabled={props.disabled}
        >
          {props.label}
        </Button>
      </DialogTrigger>
      <DialogContent title={props.title} description={props.description}>
        {result?.ok ? (
          <BulkRunResults runId={result.data.runId} total={props.count} />
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
              {mutation.isPending ? "Working…" : props.confirmLabel}
            </Button>
          )}
        </div>
      </DialogContent>
    </Dialog>
  );
}
