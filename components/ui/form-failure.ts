import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";

type Failure = { error: string; fieldErrors?: Record<string, string[]> };

/**
 * Shows a refused action in its form: each field's first message under that field, and the
 * sentence as the form's own error, next to what the person may change (a taken name, say).
 */
export function showFailureInForm<Values extends FieldValues>(
  form: Pick<UseFormReturn<Values, unknown, unknown>, "setError">,
  failure: Failure,
) {
  for (const [field, messages] of Object.entries(failure.fieldErrors ?? {})) {
    form.setError(field as FieldPath<Values>, { message: messages[0] });
  }
  form.setError("root", { message: failure.error });
}
