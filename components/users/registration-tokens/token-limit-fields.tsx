import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";

type LimitValues = { usesAllowed: string; expiresAt: string };

type Props<V extends LimitValues> = {
  idPrefix: string;
  register: UseFormRegister<V>;
  errors: FieldErrors<LimitValues>;
};

/** Uses allowed and expiry, shared by the create and edit forms; empty means no limit. */
export function TokenLimitFields<V extends LimitValues>({ idPrefix, register, errors }: Props<V>) {
  // Both forms hold these two fields under these names; the generic keeps each form's own type.
  const own = register as unknown as UseFormRegister<LimitValues>;
  return (
    <>
      <TextField
        id={`${idPrefix}-uses`}
        label="Uses allowed"
        inputMode="numeric"
        hint="How many accounts may be registered with it; empty for unlimited, 0 stops it at once."
        error={errors.usesAllowed?.message}
        {...own("usesAllowed")}
      />
      <TextField
        id={`${idPrefix}-expiry`}
        label="Expires"
        type="datetime-local"
        hint="In your time zone (the list shows UTC); empty for never."
        error={errors.expiresAt?.message}
        {...own("expiresAt")}
      />
    </>
  );
}

/** A time in ms as a datetime-local value in the browser's time zone. */
export function toLocalDateTime(ms: number | null): string {
  if (ms === null) return "";
  const date = new Date(ms);
  const local = new Date(ms - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
