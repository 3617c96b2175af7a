import { z } from "zod";

// Seeds what a real Matrix client leaves behind (a pusher, an upload, a recorded connection), for
// integration and e2e tests. Test code: it talks to Synapse's client API with plain fetch so it can
// send its own user agent, which Synapse then reports in whois.

/**
 * A signed-in client as Synapse sees it: who (token) and with what (user agent). Synapse keeps the
 * user agent of a token's first request from an IP and ignores changes for two minutes after.
 */
export type ClientSession = { baseUrl: string; token: string; userAgent: string };

/** A push gateway URL Synapse accepts (it insists on this path) but that refuses connections. */
export const UNREACHABLE_PUSH_GATEWAY = "http://127.0.0.1:9/_matrix/push/v1/notify";

async function callAsClient(
  session: ClientSession,
  path: string,
  body: { json: unknown } | { bytes: string; contentType: string },
): Promise<unknown> {
  const isJson = "json" in body;
  const response = await fetch(session.baseUrl.replace(/\/+$/, "") + path, {
    method: "POST",
    headers: {
      authorization: `Bearer ${session.token}`,
      "user-agent": session.userAgent,
      "content-type": isJson ? "application/json" : body.contentType,
    },
    body: isJson ? JSON.stringify(body.json) : body.bytes,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

export type TestPusher = {
  pushkey: string;
  appDisplayName: string;
  deviceDisplayName: string;
  lang?: string;
};

/** Registers an HTTP pusher for the session's user, as a phone app would. */
export async function setTestPusher(session: ClientSession, pusher: TestPusher): Promise<void> {
  await callAsClient(session, "/_matrix/client/v3/pushers/set", {
    json: {
      kind: "http",
      app_id: "org.example.console-test",
      app_display_name: pusher.appDisplayName,
      device_display_name: pusher.deviceDisplayName,
      pushkey: pusher.pushkey,
      lang: pusher.lang ?? "en",
      data: { url: UNREACHABLE_PUSH_GATEWAY },
      append: false,
    },
  });
}

/** Uploads a small text file as the session's user; returns its mxc:// URI. */
export async function uploadTestMedia(session: ClientSession, text: string): Promise<string> {
  const answer = await callAsClient(session, "/_matrix/media/v3/upload?filename=note.txt", {
    bytes: text,
    contentType: "text/plain",
  });
  return z.looseObject({ content_uri: z.string() }).parse(answer).content_uri;
}
