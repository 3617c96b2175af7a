"use client";

import type { ComponentProps } from "react";
import { toast } from "sonner";
import { Button } from "./button";
import { Input } from "./input";

type Props = {
  value: string;
  /** What it is, for the toasts: "token" says "Token copied.". */
  noun: "token" | "password" | "secret";
  /** The input's label: an `id` a <Label> points at, or an `aria-label`. */
  input: { id: string } | { "aria-label": string };
  size?: ComponentProps<typeof Button>["size"];
  className?: string;
};

/** A secret shown once: read-only, in a monospace box, with a button that copies it. */
export function CopyableSecret({ value, noun, input, size, className = "flex gap-2" }: Props) {
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => toast.success(`${noun.charAt(0).toUpperCase()}${noun.slice(1)} copied.`),
      () => toast.error(`Could not copy; select the ${noun} and copy it by hand.`),
    );
  return (
    <div className={className}>
      <Input readOnly value={value} className="font-mono" {...input} />
      <Button type="button" variant="outline" size={size} onClick={copy}>
        Copy
      </Button>
    </div>
  );
}
