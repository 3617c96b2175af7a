"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { applyPolicyPlan } from "@/lib/actions/apply-policy-plan";
import { countOf } from "@/lib/format/count";

type Props = {
  planId: string;
  versionNumber: number;
  actionCount: number;
  /** Deactivations plus memberships removed. */
  removals: number;
  /** Above this many removals, the count must be typed back (the apply guard). */
  allowedRemovals: number;
};

/** Starts the apply run of the plan, asking for the removals typed back above the guard. */
export function ApplyPlanDialog({
  planId,
  versionNumber,
  actionCount,
  removals,
  allowedRemovals,
}: Props) {
  const router = useRouter();
  const [typed, setTyped] = useState("");
  const guarded = removals > allowedRemovals;
  const confirmed = !guarded || typed.trim() === String(removals);
  const mutation = useActionMutation(applyPolicyPlan, {
    success: () => "The apply run is queued.",
    onSuccess: (data) => router.push(`/jobs/runs/${data.runId}`),
    refresh: false,
  });
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Apply…</Button>
      </DialogTrigger>
      <DialogContent
        title={`Apply this plan of version ${versionNumber}?`}
        description={`${countOf(actionCount, "action")} will be made on Synapse by a job, each checked again just before and recorded in the audit log; one that fails does not stop the others. ${
          removals === 0
            ? "It removes nobody."
            : `It deactivates users or removes room memberships ${countOf(removals, "time")}.`
        }`}
      >
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!confirmed) return;
            mutation.mutate({ planId, confirmedRemovals: guarded ? removals : undefined });
          }}
        >
          {guarded ? (
            <div className="grid gap-2">
              <Label htmlFor="apply-removals">
                That is more than the {allowedRemovals} allowed without confirmation. Type{" "}
                {removals} to confirm.
              </Label>
              <Input
                id="apply-removals"
                inputMode="numeric"
                autoComplete="off"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                aria-describedby="apply-removals-error"
              />
              <FieldError id="apply-removals-error">
                {typed.trim() && !confirmed ? `Type exactly ${removals}.` : null}
              </FieldError>
            </div>
          ) : null}
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={!confirmed || mutation.isPending}>
              {mutation.isPending ? "Starting…" : `Apply ${countOf(actionCount, "action")}`}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
