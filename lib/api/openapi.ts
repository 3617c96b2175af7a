import { ACTION_PATHS } from "./openapi-actions";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "@/lib/schemas/page-size";
import { ROOM_SORT_COLUMNS } from "@/lib/schemas/room-list";
import { DEACTIVATED_FILTERS, USER_SORT_COLUMNS, USER_TYPE_FILTERS } from "@/lib/schemas/user-list";

// Hand-written rather than generated: the list schemas fall back on bad values for the pages, which
// a generator would describe as "anything". The enums come from the schemas, so they cannot drift.

type Parameter = { name: string; description: string; schema: Record<string, unknown> };

const query = ({ name, description, schema }: Parameter) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

const FLAG = { type: "string", enum: ["1", "true", "on"] };
const DIRECTION = { type: "string", enum: ["asc", "desc"], default: "asc" };
const text = (description: string) => ({ type: "string", description });

const USER_PARAMETERS = [
  {
    name: "q",
    description: "Part of the user ID or display name.",
    schema: { type: "string", maxLength: 256 },
  },
  {
    name: "from",
    description: "Offset: 0, or the previous page's next_token.",
    schema: { type: "integer", minimum: 0, default: 0 },
  },
  {
    name: "limit",
    description: "Users per page.",
    schema: { type: "integer", enum: [...PAGE_SIZES], default: DEFAULT_PAGE_SIZE },
  },
  {
    name: "sort",
    description: "Order (last_seen_ts is slow on big servers).",
    schema: { type: "string", enum: [...USER_SORT_COLUMNS], default: "name" },
  },
  { name: "dir", description: "Ascending or descending.", schema: DIRECTION },
  { name: "admins", description: "Only server admins.", schema: FLAG },
  { name: "guests", description: "Include guests.", schema: FLAG },
  { name: "hideLocked", description: "Leave locked users out.", schema: FLAG },
  {
    name: "type",
    description: "User type.",
    schema: { type: "string", enum: [...USER_TYPE_FILTERS], default: "all" },
  },
  {
    name: "deactivated",
    description: "Active, deactivated or all users.",
    schema: { type: "string", enum: [...DEACTIVATED_FILTERS], default: "active" },
  },
].map(query);

const ROOM_PARAMETERS = [
  {
    name: "q",
    description: "Part of the room's name, alias or ID.",
    schema: { type: "string", maxLength: 256 },
  },
  {
    name: "page",
    description: "Page number, from 1.",
    schema: { type: "integer", minimum: 1, default: 1 },
  },
  {
    name: "size",
    description: "Rooms per page.",
    schema: { type: "integer", enum: [...PAGE_SIZES], default: DEFAULT_PAGE_SIZE },
  },
  {
    name: "sort",
    description: "Order.",
    schema: { type: "string", enum: [...ROOM_SORT_COLUMNS], default: "name" },
  },
  { name: "dir", description: "Ascending or descending.", schema: DIRECTION },
  { name: "public", description: "Only rooms in the public directory.", schema: FLAG },
  { name: "empty", description: "Only rooms nobody is in.", schema: FLAG },
].map(query);

const HISTORY_PARAMETERS = [
  {
    name: "format",
    description: "csv (default) or ndjson.",
    schema: { type: "string", enum: ["csv", "ndjson"] },
  },
  {
    name: "actor",
    description: "Actor, such as @alice:example.org or token:nightly.",
    schema: text(""),
  },
  { name: "action", description: "Prefix of the action name, such as user.", schema: text("") },
  {
    name: "targetType",
    description: "Kind of target.",
    schema: { type: "string", enum: ["user", "room", "homeserver", "console"] },
  },
  { name: "target", description: "Target ID.", schema: text("") },
  {
    name: "outcome",
    description: "Outcome.",
    schema: { type: "string", enum: ["success", "failure", "unknown", "pending"] },
  },
  { name: "from", description: "Entries at or after this date (ISO 8601).", schema: text("") },
  { name: "to", description: "Entries before this date (ISO 8601).", schema: text("") },
  { name: "q", description: "Words in the entry's input.", schema: text("") },
].map(query);

const plain = (description: string) => ({
  description,
  content: { "text/plain": { schema: { type: "string" } } },
});

const REFUSALS = {
  "401": plain(
    "No valid token or session: the token is unknown, expired or revoked, or its maker holds no console role any more, or Synapse bars its maker's account (locked, suspended, deactivated or removed).",
  ),
  "403": plain("The token's role is too low for this endpoint."),
};

const READ_FAILURES = {
  "400": plain("A query parameter is unknown or not valid; the sentence says which."),
  ...REFUSALS,
  "502": plain("Synapse refused or failed the read."),
  "503": plain("The console cannot reach Synapse or its database."),
};

const looseObjects = { type: "array", items: { type: "object", additionalProperties: true } };

const csv = (description: string) => ({
  description,
  content: { "text/csv": { schema: { type: "string" } } },
});

/** The OpenAPI 3.1 description of the endpoints scripts may call with an API token. */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Synapse console API",
      version: "1",
      description:
        "Endpoints for scripts. Make a token in Settings → API tokens (admins only), then send it as `Authorization: Bearer sct_…`. The token acts with its role, never above its maker's role now, and is refused while Synapse bars its maker's account; exports are recorded in the History as `token:<name>`.",
    },
    servers: [{ url: serverUrl }],
    security: [{ apiToken: [] }],
    components: {
      securitySchemes: {
        apiToken: {
          type: "http",
          scheme: "bearer",
          description: "An API token from Settings (`sct_` and 43 characters), of a console role.",
        },
      },
    },
    paths: {
      ...ACTION_PATHS,
      "/api/v1/users": {
        get: {
          summary: "One page of users (viewer and up)",
          parameters: USER_PARAMETERS,
          responses: {
            "200": {
              description: "The page, Synapse's user entries as it gives them.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["users", "total", "next_token"],
                    properties: {
                      users: looseObjects,
                      total: { type: "integer" },
                      next_token: {
                        type: ["string", "null"],
                        description: "The next page's `from`; null on the last page.",
                      },
                      threepid: {
                        type: "object",
                        description:
                          "Only on the first page (`from` 0) when `q` reads as an email address or a phone number: Synapse's exact third-party ID lookup beside the name search. `owner` is null when no account has it (`user`: the owner's display name and states, null when they could not be read); `problem` says why the lookup failed.",
                        required: ["medium", "address", "shown"],
                        properties: {
                          medium: { enum: ["email", "msisdn"] },
                          address: { type: "string", description: "As Synapse stores it." },
                          shown: { type: "string", description: "As it was searched for." },
                          owner: {
                            type: ["object", "null"],
                            required: ["user_id", "user"],
                            properties: {
                              user_id: { type: "string" },
                              user: {
                                type: ["object", "null"],
                                properties: {
                                  displayname: { type: ["string", "null"] },
                                  admin: { type: "boolean" },
                                  deactivated: { type: "boolean" },
                                  erased: { type: "boolean" },
                                  locked: { type: "boolean" },
                                  suspended: { type: "boolean" },
                                  shadow_banned: { type: "boolean" },
                                  is_guest: { type: "boolean" },
                                  user_type: { type: ["string", "null"] },
                                },
                              },
                            },
                          },
                          problem: { type: "string" },
                        },
                      },
                    },
                  },
                },
              },
            },
            ...READ_FAILURES,
          },
        },
      },
      "/api/v1/rooms": {
        get: {
          summary: "One page of rooms (viewer and up)",
          parameters: ROOM_PARAMETERS,
          responses: {
            "200": {
              description: "The page, Synapse's room entries as it gives them.",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["rooms", "total", "next_page"],
                    properties: {
                      rooms: looseObjects,
                      total: { type: "integer" },
                      next_page: {
                        type: ["integer", "null"],
                        description: "The next `page`; null on the last page.",
                      },
                    },
                  },
                },
              },
            },
            ...READ_FAILURES,
          },
        },
      },
      "/api/v1/users/export": {
        get: {
          summary: "Every user under the users list's filters, as CSV (viewer and up; audited)",
          parameters: USER_PARAMETERS.filter((p) => p.name !== "from" && p.name !== "limit"),
          responses: {
            "200": csv("The CSV file."),
            ...REFUSALS,
            "502": plain("Synapse failed."),
            "503": plain("The console cannot reach Synapse or write the audit entry."),
          },
        },
      },
      "/api/v1/rooms/export": {
        get: {
          summary: "Every room under the rooms list's filters, as CSV (viewer and up; audited)",
          parameters: ROOM_PARAMETERS.filter((p) => p.name !== "page" && p.name !== "size"),
          responses: {
            "200": csv("The CSV file."),
            ...REFUSALS,
            "502": plain("Synapse failed."),
            "503": plain("The console cannot reach Synapse or write the audit entry."),
          },
        },
      },
      "/api/v1/history/export": {
        get: {
          summary:
            "The History under its filters, as CSV or NDJSON with each entry's hashes (viewer and up; audited)",
          parameters: HISTORY_PARAMETERS,
          responses: {
            "200": {
              description: "The file, in chain order.",
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/x-ndjson": { schema: { type: "string" } },
              },
            },
            "400": plain("A filter is not valid."),
            ...REFUSALS,
          },
        },
      },
      "/api/v1/media-thumbnails/{mediaId}": {
        get: {
          summary: "A thumbnail of a local media file (operator and up)",
          parameters: [{ name: "mediaId", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": {
              description: "The image.",
              content: { "image/*": { schema: { type: "string", format: "binary" } } },
            },
            ...REFUSALS,
            "404": plain("No such file."),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          summary: "This document (viewer and up)",
          responses: {
            "200": {
              description: "OpenAPI 3.1.",
              content: { "application/json": { schema: { type: "object" } } },
            },
            ...REFUSALS,
          },
        },
      },
    },
  };
}
