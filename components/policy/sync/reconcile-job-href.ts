import { newJobHref } from "@/lib/jobs/job-form-preset";

/** The new-job form with a policy reconcile in the given mode filled in. */
export function reconcileJobHref(mode: "report" | "apply") {
  return newJobHref(
    "policy_reconcile",
    mode === "report" ? "Policy drift report" : "Policy reconcile",
    { mode },
  );
}
