import type { JobDefinitionFields } from "./definition-schema";
import { isSchedulableKind } from "./definition-schema";

type Search = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

/**
 * The new-job form's starting name, kind and parameters from a link (the Policy page's "Schedule a
 * reconcile"). Only fills the form: the kind must be one a saved job may have, and what is saved is
 * checked by the action as always.
 */
export function jobFormPreset(search: Search): Partial<JobDefinitionFields> {
  const kind = one(search.kind);
  const name = one(search.name)?.slice(0, 120);
  const params = one(search.params)?.slice(0, 2_000);
  return {
    ...(kind && isSchedulableKind(kind) ? { kind } : {}),
    ...(name ? { name } : {}),
    ...(params ? { params } : {}),
  };
}
