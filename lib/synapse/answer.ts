import type { z } from "zod";
import { toSynapseError, type ErrorContext } from "./error-mapping";
import { SynapseError } from "./errors";

/** An HTTP answer, its body read as text. */
export type Answer = { status: number; headers: Headers; body: string };

/** Validates a successful answer's body against the endpoint's schema. */
export function parseAnswer<S extends z.ZodType>(
  schema: S,
  answer: Answer,
  responseType: "json" | "text",
  context: ErrorContext,
): z.output<S> {
  let json: unknown = answer.body;
  try {
    if (responseType === "json") json = JSON.parse(answer.body);
  } catch {
    const type = answer.headers.get("content-type") ?? "no content type";
    throw new SynapseError({
      kind: "not_synapse",
      status: answer.status,
      message: `The server at ${context.baseUrl} answered with something that is not JSON (${type}), so it does not look like Synapse; check the URL.`,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw toSynapseError(parsed.error, context);
  return parsed.data;
}
