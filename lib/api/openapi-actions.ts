// The OpenAPI paths of the endpoints that act (policy, plans, job runs), beside the reads of
// openapi.ts. Their bodies are the server actions' own inputs, refused as the pages refuse them.

import { z } from "zod";
import { lifecycleEventSchema } from "@/lib/schemas/lifecycle";

const plain = (description: string) => ({
  description,
  content: { "text/plain": { schema: { type: "string" } } },
});

const json = (description: string, schema: Record<string, unknown> = { type: "object" }) => ({
  description,
  content: { "application/json": { schema } },
});

const REFUSALS = {
  "401": plain(
    "No valid token or session: the token is unknown, expired or revoked, or its maker holds no console role any more, or Synapse bars its maker's account (locked, suspended, deactivated or removed).",
  ),
  "403": plain("The token's role is too low for this endpoint."),
};

const ACTION_REFUSALS = {
  "400": json("The body is not JSON, or a field is not valid (`fieldErrors` says which).", {
    type: "object",
    properties: { error: { type: "string" }, fieldErrors: { type: "object" } },
  }),
  ...REFUSALS,
  "422": json("Refused as the page would refuse it; `error` says why.", {
    type: "object",
    properties: { error: { type: "string" } },
  }),
};

const POLICY_DOCUMENT = {
  description:
    "The policy: matrix-corporal's schemaVersion 2 with the console's additions (GET /api/v1/policy/schema.json).",
  content: { "application/json": { schema: { type: "object" } } },
};

export const ACTION_PATHS = {
  "/api/v1/policy": {
    get: {
      summary:
        "The current policy document, as saved (viewer and up; credentials masked for viewers)",
      responses: {
        "200": {
          ...POLICY_DOCUMENT,
          headers: {
            "X-Policy-Version": { schema: { type: "integer" } },
            "X-Policy-Version-Id": { schema: { type: "string" } },
          },
        },
        ...REFUSALS,
        "404": plain("There is no policy yet."),
      },
    },
    put: {
      summary: "Save the body as the next policy version (operator and up); applies nothing",
      parameters: [
        {
          name: "message",
          in: "query",
          required: false,
          description: "What changed, as a commit message.",
          schema: { type: "string", maxLength: 500 },
        },
      ],
      requestBody: { required: true, ...POLICY_DOCUMENT },
      responses: {
        "200": json(
          "The version: its ID, its number, and whether it is new (false: same content as the current one).",
          {
            type: "object",
            properties: {
              versionId: { type: "string" },
              number: { type: "integer" },
              created: { type: "boolean" },
            },
          },
        ),
        ...ACTION_REFUSALS,
      },
    },
  },
  "/api/v1/policy/plans": {
    post: {
      summary:
        "Plan a policy version against Synapse as it is now (operator and up); changes nothing",
      requestBody: {
        required: false,
        ...json("`versionId`: the version to plan; the current one when left out.", {
          type: "object",
          properties: { versionId: { type: "string", format: "uuid" } },
        }),
      },
      responses: {
        "200": json("The plan: its ID, the version, how many removals it holds and its actions."),
        ...ACTION_REFUSALS,
        "404": plain("There is no policy yet."),
      },
    },
  },
  "/api/v1/jobs/{jobId}/runs": {
    post: {
      summary: "Start a run of a saved job now (admin)",
      parameters: [
        { name: "jobId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
      ],
      responses: {
        "200": json("The run's ID.", { type: "object", properties: { runId: { type: "string" } } }),
        ...ACTION_REFUSALS,
      },
    },
  },
  "/api/v1/runs/{runId}": {
    get: {
      summary: "A job run: status, progress, times, error and result (viewer and up)",
      parameters: [
        { name: "runId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
      ],
      responses: {
        "200": json("The run."),
        ...REFUSALS,
        "404": plain("No such run."),
      },
    },
  },
  "/api/v1/policy/export": {
    get: {
      summary:
        "A policy version's document as a download (viewer and up; `?version=<id>`, else the current one)",
      responses: { "200": POLICY_DOCUMENT, ...REFUSALS, "404": plain("No such version.") },
    },
  },
  "/api/v1/policy/schema.json": {
    get: {
      summary: "The policy's JSON Schema",
      responses: { "200": json("JSON Schema."), ...REFUSALS },
    },
  },
  "/api/v1/lifecycle/events": {
    post: {
      summary:
        "An identity system's lifecycle event: changes the policy, then the user's part is applied (admin token, or a body signed with the lifecycle secret)",
      parameters: [
        {
          name: "X-Signature-256",
          in: "header",
          required: false,
          description:
            "Instead of a token: `sha256=` and the hex HMAC-SHA256 of the raw body with the lifecycle secret (Policy → Lifecycle).",
          schema: { type: "string" },
        },
      ],
      requestBody: {
        required: true,
        ...json(
          "The event. `id` is the sender's own, unique: the same ID sent again does nothing.",
          z.toJSONSchema(lifecycleEventSchema, { io: "input" }),
        ),
      },
      responses: {
        "200": json(
          "What became of it: `status` pending (in the policy, being applied), superseded or ignored (`reason` says why); `replay` when the ID was taken before; `policyVersion` the version it made.",
          {
            type: "object",
            properties: {
              id: { type: "string" },
              status: {
                type: "string",
                enum: ["pending", "applied", "failed", "superseded", "ignored"],
              },
              replay: { type: "boolean" },
              policyVersion: { type: ["integer", "null"] },
              reason: { type: ["string", "null"] },
            },
          },
        ),
        ...ACTION_REFUSALS,
        "401": plain("No valid admin token, and no valid signature: nothing was done."),
        "413": plain("The body is too large to be an event."),
      },
    },
  },
};
