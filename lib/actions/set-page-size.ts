"use server";

import { z } from "zod";
import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { savePageSize } from "@/lib/data/person-preferences";
import { pageSizeSchema } from "@/lib/schemas/page-size";
import { defineAction } from "./define-action";

/**
 * Remembers the rows per page the signed-in person wants on every list. It changes nothing of
 * Synapse and nothing anyone else sees, so, like a read, it stays out of the audit log.
 */
export const setPageSize = defineAction({
  name: "preference.set_page_size",
  role: "viewer",
  input: z.strictObject({ pageSize: pageSizeSchema }),
  mutates: false,
  targetsUsers: TARGETS_NO_USER,
  run: async ({ pageSize }, { actor }) => {
    if (actor.id.startsWith("token:")) throw new Error("An API token has no preferences.");
    await savePageSize(actor.id, pageSize);
    return { pageSize };
  },
});
