import { describe, expect, it } from "vitest";
import { lastAttemptProblem } from "./give-up-run";

describe("what the run page says about a run's last queue attempt", () => {
  it("calls a job held past its expiry a worker that stopped responding", () => {
    const output = { value: { message: "job failed by timeout in active state" } };
    expect(lastAttemptProblem(output)).toBe(
      "its worker stopped responding (it was stopped or crashed)",
    );
  });

  it("keeps the message of an error the worker threw", () => {
    const output = { name: "Error", message: "run 1 is held by another worker", stack: "…" };
    expect(lastAttemptProblem(output)).toBe("run 1 is held by another worker");
  });

  it("says so when the queue recorded nothing", () => {
    expect(lastAttemptProblem(null)).toBe("the last attempt ended without saying why");
    expect(lastAttemptProblem({ value: 42 })).toBe("the last attempt ended without saying why");
  });
});
