import { describe, expect, it } from "vitest";
import { imageTypeOf, loadAvatarImage, MAX_AVATAR_BYTES } from "./load-avatar-image";

/** A 1×1 transparent PNG. */
const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

describe("loadAvatarImage", () => {
  it("decodes a base64 data: URI and types it by its content", async () => {
    const image = await loadAvatarImage(`data:image/jpeg;base64,${PNG_BASE64}`);
    expect(image.contentType).toBe("image/png");
    expect(image.bytes.byteLength).toBe(Buffer.from(PNG_BASE64, "base64").byteLength);
  });

  it("refuses data that is not base64, not an image, or too big", async () => {
    await expect(loadAvatarImage("data:image/png,rawtext")).rejects.toThrow(/must be base64/);
    await expect(loadAvatarImage("data:image/png;base64,@@@@")).rejects.toThrow(/not valid base64/);
    const html = Buffer.from("<html></html>").toString("base64");
    await expect(loadAvatarImage(`data:image/png;base64,${html}`)).rejects.toThrow(
      "The avatar is not a PNG, JPEG, GIF or WebP image.",
    );
    const big = "A".repeat(Math.ceil(((MAX_AVATAR_BYTES + 10) * 4) / 3));
    await expect(loadAvatarImage(`data:image/png;base64,${big}`)).rejects.toThrow(
      /larger than 2 MiB/,
    );
  });

  it("fetches only https addresses, and never a private or loopback one", async () => {
    await expect(loadAvatarImage("http://example.org/a.png")).rejects.toThrow(
      /must start with https/,
    );
    await expect(loadAvatarImage("https://127.0.0.1/a.png")).rejects.toThrow(
      "The avatar's host is 127.0.0.1, a loopback address",
    );
    await expect(loadAvatarImage("https://[::ffff:10.0.0.1]/a.png")).rejects.toThrow(
      /a private address/,
    );
    await expect(loadAvatarImage("https://169.254.169.254/latest")).rejects.toThrow(
      /the cloud metadata address/,
    );
  });
});

describe("imageTypeOf", () => {
  it("knows PNG, JPEG, GIF and WebP by their first bytes", () => {
    expect(imageTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(imageTypeOf(Buffer.from("GIF89a"))).toBe("image/gif");
    expect(imageTypeOf(Buffer.from("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(imageTypeOf(Buffer.from("RIFF\0\0\0\0WAVE"))).toBeNull();
    expect(imageTypeOf(Buffer.from("<svg/>"))).toBeNull();
  });
});
