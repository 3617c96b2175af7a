/** The new-job form with a policy reconcile in the given mode filled in. */
export function reconcileJobHref(mode: "report" | "apply") {
  const search = new URLSearchParams({
    kind: "policy_reconcile",
    name: mode === "report" ? "Policy drift report" : "Policy reconcile",
    params: JSON.stringify({ mode }),
  });
  return `/jobs/new?${search.toString()}`;
}
