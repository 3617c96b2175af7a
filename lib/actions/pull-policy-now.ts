"use server";

import { z } from "zod";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { pullPolicySource } from "@/lib/policy/source/pull-policy-source";
import { defineAction } from "./define-action";

/** Pulls the policy from its URL now, instead of waiting for the reconcile schedule. */
export const pullPolicyNow = defineAction({
  name: "policy.pull_source",
  role: "admin",
  input: z.object({}),
  mutates: true,
  target: () => ({ type: "console", id: "policy" }),
  targetsUsers: TARGETS_NO_USER,
  run: () => pullPolicySource(),
});
