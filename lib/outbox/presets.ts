import type { JobKind } from "@/lib/generated/prisma/enums";
import type { OutcomeFilterValue } from "@/lib/schemas/event-subscription";
import { DRIFT_FOUND_ACTION, JOB_FINISHED_ACTION } from "./console-event";

export type EventPreset = {
  label: string;
  actionPrefix: string;
  outcome: OutcomeFilterValue;
  jobKind: JobKind | "";
};

/** Filters people ask for most, offered as a start in the rule and webhook forms. */
export const EVENT_PRESETS: EventPreset[] = [
  { label: "A job failed", actionPrefix: JOB_FINISHED_ACTION, outcome: "failure", jobKind: "" },
  { label: "Policy drift found", actionPrefix: DRIFT_FOUND_ACTION, outcome: "any", jobKind: "" },
  { label: "A token was rotated", actionPrefix: "token.mint", outcome: "success", jobKind: "" },
  {
    label: "A user was deactivated",
    actionPrefix: "user.deactivate",
    outcome: "success",
    jobKind: "",
  },
  {
    label: "A lifecycle event was applied",
    actionPrefix: "lifecycle.",
    outcome: "any",
    jobKind: "",
  },
  { label: "Any change that failed", actionPrefix: "", outcome: "failure", jobKind: "" },
];
