import type { ReactNode } from "react";

type Props = {
  /** The group's name: one option of a name is chosen at a time. */
  name: string;
  checked: boolean;
  onSelect: () => void;
  disabled?: boolean;
  children: ReactNode;
};

/** One option of a choice of a few, with its words beside it. */
export function RadioOption({ name, checked, onSelect, disabled, children }: Props) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="radio" name={name} checked={checked} onChange={onSelect} disabled={disabled} />
      {children}
    </label>
  );
}
