import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { parseHistoryFilter, type HistoryFilter } from "@/lib/schemas/history-filter";
import { searchParamsOf } from "@/lib/schemas/search-params";
import { currentAuditScope } from "../audit-scope";
import { asStoredJson } from "../chain";
import { AuditWriteError, runAudited } from "../run-audited";
import { EXPORT_FORMATS, historyExportStream, type ExportFormat } from "./export-stream";
import { plainText } from "@/lib/api/plain-text";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
};

/**
 * Writes the export's audit entry (`history.export`, with the filter and format), then hands back
 * the stream; the outcome is written when the stream ends, with the rows written, or as a failure
 * saying where it stopped. When the entry cannot be written, no row is read.
 */
function auditedExportStream(
  user: CurrentUser,
  filter: HistoryFilter,
  format: ExportFormat,
): Promise<ReadableStream<Uint8Array>> {
  return new Promise((resolve, reject) => {
    runAudited(
      {
        actor: { id: user.matrixId, role: user.role },
        action: "history.export",
        target: { type: "console", id: "history" },
        // Plain JSON (times as text): the input is redacted key by key, which a Date would not survive.
        input: { filter: asStoredJson(filter), format },
      },
      async () => {
        const entryId = currentAuditScope()?.entryId;
        if (entryId === undefined) throw new Error("history.export ran outside its audit entry");
        const { stream, done } = historyExportStream(filter, format, {
          belowEntryId: entryId,
          readerRole: user.role,
        });
        resolve(stream);
        return done;
      },
    ).catch(reject);
  });
}

/**
 * GET /api/v1/history/export: the History list under the same filters, streamed as CSV or NDJSON
 * in chain order, every row with the chain fields of its entry and outcome. A filter or format
 * that does not parse is refused with its reasons (400), never dropped. The list's page cursor
 * (`before`) is not a filter: the export covers the whole filtered list.
 */
export async function historyExportResponse(
  url: URLSearchParams,
  user: CurrentUser,
  now: Date = new Date(),
): Promise<Response> {
  const { format: formatValue, ...params } = searchParamsOf(url);
  const parsed = parseHistoryFilter(params);
  const problems = parsed.ok ? [] : parsed.problems.map((p) => `${p.field}: ${p.message}`);
  const format = EXPORT_FORMATS.find((known) => known === formatValue?.[0]);
  if (!format) problems.unshift("format: csv or ndjson");
  if (!parsed.ok || !format) {
    return plainText(400, `The export was refused:\n${problems.map((p) => `- ${p}`).join("\n")}\n`);
  }
  const filter = { ...parsed.filter, before: undefined };
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = await auditedExportStream(user, filter, format);
  } catch (error) {
    if (error instanceof AuditWriteError) return plainText(503, error.message);
    throw error;
  }
  const name = `synapse-console-history-${now.toISOString().slice(0, 10)}.${format}`;
  return new Response(stream, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
