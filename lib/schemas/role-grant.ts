import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { matrixUserIdSchema } from "./matrix-id";

export const grantRoleSchema = z.object({
  matrixId: z.string().trim().pipe(matrixUserIdSchema),
  role: z.enum(ROLES),
});

export const revokeRoleSchema = z.object({ matrixId: z.string().trim().pipe(matrixUserIdSchema) });

export type GrantRoleInput = z.infer<typeof grantRoleSchema>;
