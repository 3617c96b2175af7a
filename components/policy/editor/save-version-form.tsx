"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { savePolicyVersion } from "@/lib/actions/save-policy-version";

type Props = {
  /** The editor's text at the moment of saving. */
  readText: () => string;
  /** Whether the text differs from the version shown. */
  dirty: boolean;
  /** The text as it was saved, and the version that holds it (new, or the latest when the same). */
  onSaved: (content: string, version: number) => void;
};

/** Saves the editor's document as a new version with a message saying what changed. */
export function SaveVersionForm({ readText, dirty, onSaved }: Props) {
  const [message, setMessage] = useState("");
  const [refused, setRefused] = useState<string | null>(null);
  const mutation = useActionMutation(savePolicyVersion, {
    success: (data) =>
      data.created
        ? `Saved as version ${data.number}.`
        : `This is version ${data.number} as it stands; nothing new was saved.`,
    onSuccess: () => {
      setMessage("");
      setRefused(null);
    },
    onFieldErrors: (fields) =>
      setRefused(fields.message?.[0] ? `Message ${fields.message[0]}` : null),
  });
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setRefused(null);
        const content = readText();
        mutation.mutate(
          { content, message },
          {
            onSuccess: (result) => {
              if (result.ok) onSaved(content, result.data.number);
              else if (!result.fieldErrors) setRefused(result.error);
            },
          },
        );
      }}
    >
      <div className="grid min-w-64 flex-1 gap-2">
        <Label htmlFor="policy-message">What changed</Label>
        <Input
          id="policy-message"
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          placeholder="e.g. Add the sales team"
          autoComplete="off"
          maxLength={500}
          aria-describedby="policy-save-error"
        />
      </div>
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Saving…" : "Save version"}
      </Button>
      {dirty ? (
        <p className="w-full text-xs text-muted-foreground sm:w-auto">Unsaved changes</p>
      ) : null}
      <FieldError id="policy-save-error" role="alert" className="w-full">
        {refused}
      </FieldError>
    </form>
  );
}
