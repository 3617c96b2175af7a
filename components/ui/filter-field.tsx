"use client";

import { Input } from "./input";
import { Label } from "./label";

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** An example of what to type, such as "e.g. @alice". */
  placeholder: string;
  className?: string;
};

/** A labelled text field that narrows a list shown in the browser as the person types. */
export function FilterField({ id, label, value, onChange, placeholder, className }: Props) {
  return (
    <div className={className ?? "grid gap-2"}>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        autoComplete="off"
      />
    </div>
  );
}
