import type { ComponentProps } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

type Props = ComponentProps<typeof Textarea> & { id: string; error?: string };

/** The reason put in every redaction: the rooms' members read it, the audit entry keeps it. */
export function RedactionReasonField({ id, error, ...props }: Props) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>Reason</Label>
      <Textarea
        id={id}
        rows={2}
        placeholder="Shown in the rooms with each redaction, and kept in the audit log: spam, abuse…"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        {...props}
      />
      <FieldError id={`${id}-error`}>{error && `Reason ${error}`}</FieldError>
    </div>
  );
}
