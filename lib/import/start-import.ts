import "server-only";
import { ActionError } from "@/lib/actions/action-result";
import type { Role } from "@/lib/auth/roles";
import { runAudited, type Actor } from "@/lib/audit/run-audited";
import { db } from "@/lib/db";
import { getHomeserverOrThrow } from "@/lib/homeserver/get-homeserver";
import { getSendBoss } from "@/lib/jobs/boss";
import { enqueueRun } from "@/lib/jobs/enqueue-run";
import type { StartImportInput } from "@/lib/schemas/user-import";
import { mappingProblem } from "./import-mapping";
import { readImportRows } from "./import-rows";
import { sealGivenPasswords } from "./import-secrets";
import { ImportFileError, readImportFile } from "./read-import-file";

/**
 * Reads the file with the mapping, stores the import (its rows without passwords, the given
 * passwords sealed apart) and queues its dry run. Audited without the file, which may hold
 * passwords: its name, size, mapping and mode. Returns the import's ID for its page.
 */
export async function startImportDryRun(
  input: StartImportInput,
  actor: Actor & { role: Role },
  requestId: string,
) {
  const { serverName } = await getHomeserverOrThrow();
  let file;
  try {
    file = readImportFile(input.text, input.format);
  } catch (error) {
    if (error instanceof ImportFileError) throw new ActionError(error.message);
    throw error;
  }
  const problem = mappingProblem(input.mapping, file.header.length);
  if (problem) throw new ActionError(problem);
  const { rows, invalid, passwords } = readImportRows(file, input.mapping, serverName);
  const summary = {
    fileName: input.fileName,
    format: input.format,
    mapping: input.mapping,
    conflictMode: input.conflictMode,
    rows: rows.length + invalid.length,
    unreadable: invalid.length,
  };
  return runAudited(
    {
      actor,
      action: "user.import_dry_run",
      target: { type: "console", id: "user-import" },
      input: summary,
      requestId,
    },
    async () => {
      const created = await db.userImport.create({
        data: {
          fileName: input.fileName || "pasted rows",
          format: input.format,
          conflictMode: input.conflictMode,
          rows,
          invalid,
          rowCount: rows.length + invalid.length,
          createdBy: actor.id,
          createdByRole: actor.role,
        },
        select: { id: true },
      });
      const byLine = new Map(
        rows
          .filter((row) => passwords.has(row.line))
          .map((row) => [row.line, { userId: row.userId, password: passwords.get(row.line)! }]),
      );
      await sealGivenPasswords(created.id, byLine);
      const dryRunId = await enqueueRun(
        {
          kind: "user_import",
          params: { importId: created.id, dryRun: true },
          trigger: "manual",
          requestedBy: actor.id,
        },
        await getSendBoss(),
      );
      await db.userImport.update({ where: { id: created.id }, data: { dryRunId } });
      return { importId: created.id, dryRunId };
    },
  );
}
