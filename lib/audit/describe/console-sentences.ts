import { countOf } from "@/lib/format/count";
import { fieldsOf, numberOf, textOf, type DescribableEntry, type Describe } from "./entry-fields";

const METHODS: Record<string, string> = {
  password: "a password",
  access_token: "an access token",
  shared_secret: "the registration shared secret",
};
/** "with a password": how someone signed in or the console reaches Synapse. */
const using = (method: string | undefined) => (method ? ` with ${METHODS[method] ?? method}` : "");

/**
 * A sign-in, or its refusal with the reason the person was given, and where they asked from. The
 * entry's actor is the person (or "anonymous" for an access token nobody holds), so, like every
 * sentence, it says what they did without naming them again.
 */
function describeSignIn(entry: DescribableEntry): string {
  const address = textOf(entry.input, "clientAddress");
  const from = address ? ` (from ${address})` : "";
  const method = using(textOf(entry.input, "method"));
  if (entry.outcome === "failure") {
    const reason = entry.errorMessage?.replace(/\.$/, "") ?? "no reason recorded";
    return `was refused sign-in${method}: ${reason}${from}`;
  }
  return `signed in${method}${from}`;
}

/** Who the console signed out on its own, and why (the account's standing on Synapse). */
function describeForcedSignOut(entry: DescribableEntry): string {
  const reason = textOf(entry.input, "reason") ?? "no reason recorded";
  const tokens =
    fieldsOf(entry.result).apiTokensRefused === true ? " and refused their API tokens" : "";
  return `signed ${entry.targetId ?? "someone"} out of the console${tokens}: ${reason}`;
}

/** A token maker's account Synapse no longer bars: their API tokens act again. */
function describeAccountUsable(entry: DescribableEntry): string {
  const before = textOf(entry.input, "barredBefore");
  const was = before === "no such user" ? "missing" : (before ?? "barred");
  return `let the API tokens of ${entry.targetId ?? "someone"} act again: their account is no longer ${was}`;
}

const sessionsEnded = (entry: DescribableEntry) => {
  const ended = numberOf(entry.result, "sessionsEnded") ?? numberOf(entry.result, "ended");
  return ended === undefined ? "" : ` (${countOf(ended, "session")})`;
};

function describeConnection(entry: DescribableEntry): string {
  const connection = fieldsOf(fieldsOf(entry.input).connection);
  const url = textOf(entry.input, "baseUrl") ?? textOf(connection, "baseUrl") ?? entry.targetId;
  const account = textOf(entry.input, "userId") ?? textOf(connection, "userId");
  return [
    entry.action === "homeserver.connect" ? "connected the console to" : "tested the connection to",
    ` ${url ?? "a homeserver"}`,
    account ? ` as ${account}` : "",
    using(textOf(entry.input, "method") ?? textOf(connection, "method")),
  ].join("");
}

/** "exported 120 users as CSV (filtered)": a users or rooms list download. */
function describeListExport(entry: DescribableEntry, noun: "user" | "room"): string {
  const rows = numberOf(entry.result, "rows");
  const what = rows === undefined ? `the ${noun}s list` : countOf(rows, noun);
  const filter = fieldsOf(fieldsOf(entry.input).filter);
  const search = textOf(filter, "q");
  return `exported ${what} as CSV${search ? ` matching ${search}` : ""}`;
}

/** Sentences of the console's own access (sign-ins, sessions, roles), its History export and its homeserver. */
export const CONSOLE_SENTENCES: Record<string, Describe> = {
  "federation.reset_connection": (entry) =>
    `reset the federation back-off for ${entry.targetId ?? "a server"}, so Synapse retries it at once`,
  "server.set_background_updates": (entry) =>
    fieldsOf(entry.input).enabled === false
      ? "paused Synapse's background updates"
      : "resumed Synapse's background updates",
  "console.sign_in": describeSignIn,
  "console.sign_out": (entry) => `${entry.targetId ?? "someone"} signed out`,
  "console.sign_out_everywhere": (entry) =>
    `signed out of the console everywhere${sessionsEnded(entry)}`,
  "console.end_sessions": (entry) =>
    `ended the console sessions of ${textOf(entry.input, "matrixId") ?? entry.targetId}${sessionsEnded(entry)}`,
  "console.grant_role": (entry) =>
    `gave ${textOf(entry.input, "matrixId") ?? entry.targetId} the ${textOf(entry.input, "role") ?? ""} role`,
  "console.revoke_role": (entry) =>
    `took the console role away from ${textOf(entry.input, "matrixId") ?? entry.targetId}`,
  "console.synapse_admin_lost": describeForcedSignOut,
  "console.account_barred": describeForcedSignOut,
  "console.account_usable": describeAccountUsable,
  "history.export": (entry) => {
    const format = textOf(entry.input, "format")?.toUpperCase() ?? "a file";
    const rows = numberOf(entry.result, "rows");
    return `exported ${rows === undefined ? "the History" : countOf(rows, "History entry", "History entries")} as ${format}`;
  },
  "users.export": (entry) => describeListExport(entry, "user"),
  "rooms.export": (entry) => describeListExport(entry, "room"),
  "homeserver.connect": describeConnection,
  "homeserver.test_connection": describeConnection,
};
