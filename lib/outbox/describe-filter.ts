import type { OutcomeFilterValue } from "@/lib/schemas/event-subscription";

const OUTCOME_WORDS: Record<OutcomeFilterValue, string> = {
  any: "",
  success: ", succeeded",
  failure: ", failed",
};

/** A filter in words for the settings tables: "user.deactivate…, succeeded, Token rotation runs". */
export function describeFilter(
  filter: { actionPrefix: string; outcome: OutcomeFilterValue },
  jobKindLabel: string | null,
): string {
  const actions = filter.actionPrefix ? `${filter.actionPrefix}…` : "every action";
  const kind = jobKindLabel ? `, ${jobKindLabel} runs only` : "";
  return `${actions}${OUTCOME_WORDS[filter.outcome]}${kind}`;
}
