import { countOf } from "@/lib/format/count";
import { numberOf, fieldsOf, textOf, type Describe } from "./entry-fields";

/** Sentences of the actions on API tokens (the token itself is redacted in the entry's result). */
export const API_TOKEN_SENTENCES: Record<string, Describe> = {
  "api_token.create": (entry) => {
    const input = fieldsOf(entry.input);
    const days = numberOf(input, "expiresInDays");
    const role = textOf(input, "role");
    return `created the API token "${textOf(input, "name") ?? "?"}"${role ? ` for the ${role} role` : ""}${days === undefined ? "" : `, valid for ${countOf(days, "day")}`}`;
  },
  "api_token.revoke": (entry) => {
    const name = textOf(entry.result, "name");
    return name
      ? `revoked the API token "${name}"`
      : `revoked the API token ${entry.targetId ?? ""}`.trim();
  },
};
