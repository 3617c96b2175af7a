import { z } from "zod";
import { matrixUserIdSchema } from "./matrix-id";

/** "Sign out everywhere" takes nothing: it is always the signed-in person's own sessions. */
export const signOutEverywhereSchema = z.object({});

export const endUserSessionsSchema = z.object({
  matrixId: z.string().trim().pipe(matrixUserIdSchema),
});
