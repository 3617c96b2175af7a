import { z } from "zod";
import { JobParamsError } from "@/lib/jobs/enqueue-run";

/**
 * Runs the work, turning a kind's refusal of the parameters into a field error on "params", so
 * the form shows it under the parameters box.
 */
export async function withJobParamsErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof JobParamsError)) throw error;
    const message = [error.message, ...error.issues].join(" ");
    throw new z.ZodError([{ code: "custom", path: ["params"], message, input: undefined }]);
  }
}
