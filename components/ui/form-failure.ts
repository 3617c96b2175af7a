import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";

type FieldErrors = Record<string, string[]>;
type Failure = { error: string; fieldErrors?: FieldErrors };
type SetError<Values extends FieldValues> = Pick<
  UseFormReturn<Values, unknown, unknown>,
  "setError"
>;

/** Shows each field's first message under that field. */
export function showFieldErrors<Values extends FieldValues>(
  form: SetError<Values>,
  fieldErrors: FieldErrors,
) {
  for (const [field, messages] of Object.entries(fieldErrors)) {
    form.setError(field as FieldPath<Values>, { message: messages[0] });
  }
}

/**
 * Shows a refused action in its form: each field's first message under that field, and the
 * sentence as the form's own error, next to what the person may change (a taken name, say).
 */
export function showFailureInForm<Values extends FieldValues>(
  form: SetError<Values>,
  failure: Failure,
) {
  showFieldErrors(form, failure.fieldErrors ?? {});
  form.setError("root", { message: failure.error });
}
