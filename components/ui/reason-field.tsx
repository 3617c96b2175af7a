import type { ComponentProps } from "react";
import { FieldError } from "./field-error";
import { Label } from "./label";
import { Textarea } from "./textarea";

type Props = ComponentProps<typeof Textarea> & { id: string; error?: string };

/** "Reason": why someone enters a room or gets power there, kept in the audit entry. */
export function ReasonField({ id, error, ...props }: Props) {
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>Reason</Label>
      <Textarea
        id={id}
        rows={2}
        placeholder="Why, for the audit log: a ticket, a request, an incident"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        {...props}
      />
      <FieldError id={`${id}-error`}>{error && `Reason ${error}`}</FieldError>
    </div>
  );
}
