"use client";

import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { MAX_NOTICE_LENGTH } from "@/lib/schemas/server-notice";

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
};

/** The notice's text, as each user will read it in their "Server Notices" room. */
export function NoticeBodyField({ id, value, onChange, error }: Props) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>Notice</Label>
      <Textarea
        id={id}
        rows={5}
        value={value}
        maxLength={MAX_NOTICE_LENGTH}
        placeholder="e.g. The server restarts for maintenance on Sunday at 06:00 UTC."
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        Plain text, sent from the server&apos;s notices account. {value.length} of{" "}
        {MAX_NOTICE_LENGTH} characters.
      </p>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}
