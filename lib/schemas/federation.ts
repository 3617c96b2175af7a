import { z } from "zod";
import { serverNameSchema } from "./matrix-id";

/** Resetting the back-off of one federation destination (a server name). */
export const resetDestinationConnectionSchema = z.object({
  destination: serverNameSchema,
});
export type ResetDestinationConnectionInput = z.output<typeof resetDestinationConnectionSchema>;
