import type { JobDefinitionFields } from "./definition-schema";
import { isSchedulableKind, type SchedulableKind } from "./definition-schema";

type Search = Record<string, string | string[] | undefined>;

/** The longest parameters (as JSON) a link to the new-job form carries; a URL stays short. */
const MAX_LINK_PARAMS = 2_000;

/** Whether these parameters fit a link to the new-job form. */
export const fitsNewJobLink = (params: object) => JSON.stringify(params).length <= MAX_LINK_PARAMS;

/**
 * A link to the new-job form filled in with a kind, a name and parameters (the admin adds the
 * schedule there); jobFormPreset reads it back. Check fitsNewJobLink first for parameters that
 * can grow long.
 */
export function newJobHref(kind: SchedulableKind, name: string, params: object): string {
  const query = new URLSearchParams({ kind, name, params: JSON.stringify(params) });
  return `/jobs/new?${query.toString()}`;
}

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
  // Cut JSON is never valid: parameters too long for a link are left out, not shortened.
  const params = one(search.params);
  return {
    ...(kind && isSchedulableKind(kind) ? { kind } : {}),
    ...(name ? { name } : {}),
    ...(params && params.length <= MAX_LINK_PARAMS ? { params } : {}),
  };
}
