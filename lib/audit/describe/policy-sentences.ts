import {
  describeAction,
  type PolicyAction,
  type PolicyActionType,
} from "@/lib/policy/plan/actions";
import {
  fieldsOf,
  flagOf,
  numberOf,
  quoted,
  textOf,
  type DescribableEntry,
  type Describe,
} from "./entry-fields";

/**
 * The plan actions an apply run audits as "policy.<type>", one entry each. A Record, so the type
 * checker names any type the plan gains and this list lacks.
 */
const PLAN_ACTION_TYPES: Record<PolicyActionType, true> = {
  "room.create": true,
  "user.create": true,
  "user.activate": true,
  "user.deactivate": true,
  "user.set_display_name": true,
  "user.set_avatar": true,
  "user.set_email": true,
  "user.set_admin": true,
  "user.set_type": true,
  "room.join": true,
  "room.leave": true,
  "room.users_set_power_levels": true,
};

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "applied policy version 3: join @bob:example.org to !room:example.org". */
function describePlanAction(entry: DescribableEntry): string {
  const version = textOf(entry.input, "policyVersion");
  const applied = version ? `applied policy version ${version}` : "applied the policy";
  try {
    // The input keeps the action as the plan held it; an entry older than its shape reads generically.
    return `${applied}: ${lowerFirst(describeAction(fieldsOf(entry.input).action as PolicyAction))}`;
  } catch {
    return `${applied}: ${entry.action.slice("policy.".length)}`;
  }
}

/** The sentence of a plan action's entry, or null when `action` is not one. */
export function findPlanActionSentence(action: string): Describe | null {
  const type = action.startsWith("policy.") ? action.slice("policy.".length) : "";
  return Object.hasOwn(PLAN_ACTION_TYPES, type) ? describePlanAction : null;
}

/** "version 4", or "no new version: it matched version 3" when the same text was saved before. */
function savedVersion(entry: DescribableEntry): string {
  const number = numberOf(entry.result, "number");
  if (number === undefined) return "a policy version";
  if (flagOf(entry.result, "created") === false) return `the policy (it matched version ${number})`;
  return `policy version ${number}`;
}

function describeSave(entry: DescribableEntry): string {
  const message = textOf(entry.input, "message");
  const verb =
    { "policy.import": "imported", "policy.restore": "restored" }[entry.action] ?? "saved";
  return `${verb} ${savedVersion(entry)}${message ? `: ${quoted(message)}` : ""}`;
}

function describeSettings(entry: DescribableEntry): string {
  const source = textOf(entry.input, "sourceUrl");
  return source
    ? `changed the policy settings (pulled from ${source})`
    : "changed the policy settings (edited here only)";
}

/** Sentences of the policy's versions, settings and applies. */
export const POLICY_SENTENCES: Record<string, Describe> = {
  "policy.save": describeSave,
  "policy.import": describeSave,
  "policy.restore": describeSave,
  "policy.apply": (entry) =>
    `started applying policy plan ${textOf(entry.input, "planId") ?? ""}`.trim(),
  "policy.update_settings": describeSettings,
  "policy.pull_source": () => "pulled the policy from its source",
};
