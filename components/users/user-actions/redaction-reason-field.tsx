import type { ComponentProps } from "react";
import { ReasonField } from "@/components/ui/reason-field";

/** The reason put in every redaction: the rooms' members read it, the audit entry keeps it. */
export function RedactionReasonField(props: ComponentProps<typeof ReasonField>) {
  return (
    <ReasonField
      placeholder="Shown in the rooms with each redaction, and kept in the audit log: spam, abuse…"
      {...props}
    />
  );
}
