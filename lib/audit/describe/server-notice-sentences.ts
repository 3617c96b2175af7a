import { countOf } from "@/lib/format/count";
import {
  fieldsOf,
  listOf,
  quoted,
  textOf,
  userOf,
  type DescribableEntry,
  type Describe,
} from "./entry-fields";

/** Enough of the notice to recognise it in a list; the entry's input keeps all of it. */
const EXCERPT_LENGTH = 60;

function excerpt(entry: DescribableEntry): string {
  const body = (textOf(entry.input, "body") ?? "").replace(/\s+/g, " ").trim();
  if (!body) return "";
  const cut = body.length > EXCERPT_LENGTH ? `${body.slice(0, EXCERPT_LENGTH - 1)}…` : body;
  return `: ${quoted(cut)}`;
}

/** Who a bulk notice went to: the selected users, or the filters every matching user met. */
function recipientsOf(entry: DescribableEntry): string {
  const recipients = fieldsOf(fieldsOf(entry.input).recipients);
  if (!("matching" in recipients)) return countOf(listOf(recipients, "userIds").length, "user");
  const search = textOf(recipients.matching, "q");
  return search
    ? `every user matching ${quoted(search)} and the list's filters`
    : "every user matching the list's filters";
}

/** Sentences of server notices: one user's, and the start of a notice to many. */
export const SERVER_NOTICE_SENTENCES: Record<string, Describe> = {
  "user.send_server_notice": (entry) => `sent a server notice to ${userOf(entry)}${excerpt(entry)}`,
  "user.bulk_server_notice": (entry) =>
    `started sending a server notice to ${recipientsOf(entry)}${excerpt(entry)}`,
};
