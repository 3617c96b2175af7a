import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { runUserImport } from "@/lib/import/run-import";
import { userImportParamsSchema, type UserImportParams } from "@/lib/schemas/user-import";
import type { JobKindDefinition } from "../job-kind";

/** An import of users from a file: its dry run, then the import (lib/import/run-import.ts). */
export const userImportKind: JobKindDefinition<UserImportParams> = {
  kind: "user_import",
  label: "Import of users",
  params: userImportParamsSchema,
  run: async (params, context) => runUserImport(await getServiceSynapse(), params, context),
};
