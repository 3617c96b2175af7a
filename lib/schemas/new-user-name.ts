import { z } from "zod";
import { newUserLocalpartSchema } from "./matrix-id";

/** The Matrix spec's limit for a whole user ID, `@` and `:server` included. */
export const MAX_USER_ID_LENGTH = 255;

/** Text a person typed, cut short for a message, so a long server part cannot fill it. */
const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** How long a localpart may be on `serverName`: the ID around it adds `@`, `:` and the server. */
export const longestLocalpartOn = (serverName: string) =>
  MAX_USER_ID_LENGTH - serverName.length - 2;

/**
 * The name of a new user as the create-user form takes it: a localpart (`alice`) or an ID on this
 * server (`@alice:example.org`), lowercased, read as the localpart. An ID on another server is
 * refused by name, and so is a localpart that would make the ID longer than the spec allows
 * (Synapse refuses it, but only after the console has asked whether the name is free).
 */
export function newUserNameSchema(serverName: string) {
  const server = serverName.toLowerCase();
  const longest = longestLocalpartOn(serverName);
  return z
    .string()
    .trim()
    .toLowerCase()
    .transform((text, context) => {
      const refuse = (message: string) => {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      const bare = text.startsWith("@") ? text.slice(1) : text;
      const colon = bare.indexOf(":");
      const localpart = colon === -1 ? bare : bare.slice(0, colon);
      const typedServer = colon === -1 ? server : bare.slice(colon + 1);
      if (typedServer !== server) {
        return refuse(
          `${typedServer ? `is an ID on ${shown(typedServer)}` : 'has nothing after ":"'}; type the localpart, or an ID on ${serverName}`,
        );
      }
      if (localpart === "") return refuse("must not be empty");
      if (localpart.length > longest) {
        return refuse(
          `must be at most ${longest} characters, so that the user ID with :${serverName} has at most ${MAX_USER_ID_LENGTH}`,
        );
      }
      const grammar = newUserLocalpartSchema.safeParse(localpart);
      if (!grammar.success) return refuse(grammar.error.issues[0]?.message ?? "is not valid");
      return localpart;
    });
}
