import "server-only";
import { toPageProblem } from "@/lib/actions/page-problem";
import { SynapseError } from "@/lib/synapse";
import { plainText } from "@/lib/api/plain-text";

const text = (status: number, body: string) => plainText(status, `${body}\n`);

export const badQuery = (problem: string) => text(400, problem);

/**
 * The JSON answer of a read for scripts, or a sentence: 502 when Synapse failed, 503 when the
 * console cannot reach it or its database. Anything else goes to the error boundary (a 500).
 */
export async function jsonOrProblem(read: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await read(), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const { problem } = toPageProblem(error);
    return text(error instanceof SynapseError ? 502 : 503, problem);
  }
}
