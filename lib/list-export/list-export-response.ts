import "server-only";
import { toPageProblem } from "@/lib/actions/page-problem";
import { AuditWriteError, runAudited } from "@/lib/audit/run-audited";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import type { SynapseClient } from "@/lib/synapse";
import { SynapseError } from "@/lib/synapse";
import { openPagedCsv, type PagedCsvSource } from "./paged-csv-stream";
import { plainText } from "@/lib/api/plain-text";

type ListExport<Row, Cursor> = {
  /** The audit action, such as "users.export". */
  action: string;
  /** The list's name in the target and the file name: "users" or "rooms". */
  list: "users" | "rooms";
  /** The filters in force, as the audit entry records them. */
  filter: Record<string, unknown>;
  source: (synapse: SynapseClient) => PagedCsvSource<Row, Cursor>;
};

/**
 * Writes the export's audit entry (the filter), reads Synapse's first page, then hands back the
 * stream; the outcome is written when the stream ends, with the rows written, or as a failure
 * saying where it stopped. When the entry cannot be written, Synapse is not read.
 */
function auditedStream<Row, Cursor>(
  user: CurrentUser,
  exported: ListExport<Row, Cursor>,
): Promise<ReadableStream<Uint8Array>> {
  return new Promise((resolve, reject) => {
    runAudited(
      {
        actor: { id: user.matrixId, role: user.role },
        action: exported.action,
        target: { type: "homeserver", id: exported.list },
        input: { filter: exported.filter, format: "csv" },
      },
      async () => {
        const { stream, done } = await openPagedCsv(exported.source(await getServiceSynapse()));
        resolve(stream);
        return done;
      },
    ).catch(reject);
  });
}

/**
 * The CSV download of a Synapse list (users or rooms) under the list page's filters, streamed a
 * Synapse page at a time. A Synapse that does not answer, or a console not connected to one, is a
 * sentence with 502 or 503 before any row, never a half-written file.
 */
export async function listExportResponse<Row, Cursor>(
  user: CurrentUser,
  exported: ListExport<Row, Cursor>,
  now: Date = new Date(),
): Promise<Response> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = await auditedStream(user, exported);
  } catch (error) {
    if (error instanceof AuditWriteError) return plainText(503, error.message);
    const { problem } = toPageProblem(error);
    return plainText(error instanceof SynapseError ? 502 : 503, `The export failed: ${problem}\n`);
  }
  const name = `synapse-${exported.list}-${now.toISOString().slice(0, 10)}.csv`;
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
