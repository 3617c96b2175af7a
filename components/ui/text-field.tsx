import type { ComponentProps } from "react";
import { FieldError } from "./field-error";
import { Input } from "./input";
import { Label } from "./label";

type Props = ComponentProps<"input"> & {
  id: string;
  label: string;
  /** Said under the field (not as a placeholder, which would look like a value already filled in). */
  hint?: string;
  /** The form's message for the field, shown after its label: "Webhook URL must use https". */
  error?: string;
};

/** A labelled input with its hint and error under it, both tied to it for screen readers. */
export function TextField({ id, label, hint, error, ...input }: Props) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return (
    <div className="grid content-start gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={described.join(" ") || undefined}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`}>{error && `${label} ${error}`}</FieldError>
    </div>
  );
}
