import type { ConnectionInput } from "@/lib/schemas/homeserver";
import type { Connection } from "./connection";

export function connectionFromInput(input: ConnectionInput): Connection {
  switch (input.method) {
    case "shared_secret":
      return {
        baseUrl: input.baseUrl,
        method: input.method,
        secret: input.sharedSecret,
        localpart: input.localpart,
      };
    case "access_token":
      return { baseUrl: input.baseUrl, method: input.method, secret: input.accessToken };
    case "password":
      return {
        baseUrl: input.baseUrl,
        method: input.method,
        secret: input.password,
        userId: input.userId,
      };
  }
}
