import { afterEach, describe, expect, it } from "vitest";
import {
  startLocalHttpServer,
  type LocalHttpServer,
} from "@/lib/synapse/testing/local-http-server";
import { getPublic, PublicGetError } from "./get-public";

let server: LocalHttpServer | undefined;
afterEach(async () => server?.close());

const rules = { subject: "avatar", allowPrivate: true, maxBytes: 1024, timeoutMs: 2_000 };

describe("getPublic", () => {
  it("takes a 200 answer's body and content type", async () => {
    server = await startLocalHttpServer((_request, response) => {
      response.writeHead(200, { "content-type": "image/png" });
      response.end(Buffer.from([1, 2, 3]));
    });
    const answer = await getPublic(`${server.url}/a.png`, rules);
    expect(answer.contentType).toBe("image/png");
    expect([...answer.body]).toEqual([1, 2, 3]);
  });

  it("follows no redirect and takes no other status", async () => {
    server = await startLocalHttpServer(
      (_request, response) => {
        response.writeHead(302, { location: "http://169.254.169.254/" });
        response.end();
      },
      (_request, response) => {
        response.writeHead(404);
        response.end();
      },
    );
    await expect(getPublic(server.url, rules)).rejects.toThrow(
      "The avatar answered 302, not 200 (redirects are not followed).",
    );
    await expect(getPublic(server.url, rules)).rejects.toThrow("The avatar answered 404, not 200.");
    expect(server.requests).toHaveLength(2);
  });

  it("stops a body past the size limit, and one that is too slow", async () => {
    server = await startLocalHttpServer(
      (_request, response) => {
        response.writeHead(200);
        response.end(Buffer.alloc(5000));
      },
      (_request, response) => {
        response.writeHead(200);
        response.write("x");
      },
    );
    await expect(getPublic(server.url, rules)).rejects.toThrow("The avatar is larger than 1 KiB.");
    const slow = getPublic(server.url, { ...rules, timeoutMs: 300 });
    await expect(slow).rejects.toThrow("The avatar did not arrive in full within 0.3 s.");
    await expect(slow).rejects.toBeInstanceOf(PublicGetError);
  });

  it("refuses a private address unless allowed", async () => {
    server = await startLocalHttpServer((_request, response) => response.end("x"));
    await expect(getPublic(server.url, { ...rules, allowPrivate: false })).rejects.toThrow(
      /must use https/,
    );
    expect(server.requests).toHaveLength(0);
  });
});
