import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

/** One field of a list's filter form: its label over its control, whose ID is `id`. */
export function LabelledFilter({
  id,
  label,
  children,
}: {
  id: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      {children}
    </div>
  );
}

/**
 * A choice of a list's filter form: one option per entry of `choices` (the value in the URL, then
 * the words shown), in their order.
 */
export function FilterChoice({
  id,
  name,
  label,
  value,
  choices,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  choices: Readonly<Record<string, string>>;
}) {
  return (
    <LabelledFilter id={id} label={label}>
      <Select id={id} name={name} defaultValue={value}>
        {Object.entries(choices).map(([choice, words]) => (
          <option key={choice} value={choice}>
            {words}
          </option>
        ))}
      </Select>
    </LabelledFilter>
  );
}

/** The user types a list filters by (users, devices), in words. */
export const USER_TYPE_CHOICES = {
  all: "All types",
  normal: "Normal users",
  bot: "Bots",
  support: "Support",
} as const satisfies Record<string, string>;
