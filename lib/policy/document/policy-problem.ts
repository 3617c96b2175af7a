import type { JsonPath } from "./text-positions";

export type PolicyProblem = {
  severity: "error" | "warning";
  message: string;
  path: JsonPath;
  /** 1-based, in UTF-16 units (as editors count). */
  line: number;
  column: number;
};

/** A problem before it is placed in the text: `at` says whether it marks the field's key or value. */
export type UnplacedProblem = Omit<PolicyProblem, "line" | "column"> & { at?: "key" | "value" };

export const problemAt = (
  severity: PolicyProblem["severity"],
  path: JsonPath,
  message: string,
  at?: "key" | "value",
): UnplacedProblem => ({ severity, path, message, at });
