"use server";

import { TARGETS_NO_USER } from "@/lib/auth/user-target-access";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { resetDestinationConnection as resetConnection } from "@/lib/operations/reset-destination-connection";
import { resetDestinationConnectionSchema } from "@/lib/schemas/federation";
import { defineAction } from "./define-action";

export const resetDestinationConnection = defineAction({
  name: "federation.reset_connection",
  role: "admin",
  input: resetDestinationConnectionSchema,
  mutates: true,
  target: (input) => ({ type: "homeserver", id: input.destination }),
  targetsUsers: TARGETS_NO_USER,
  run: async (input) => resetConnection(await getServiceSynapse(), input),
});
