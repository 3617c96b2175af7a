import { randomBytes } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";

// Test code: real PNG files for media tests, so Synapse (with Pillow) makes thumbnails of them.

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/**
 * A width × height RGB PNG: a diagonal gradient of a random colour, so each file has different
 * bytes. That matters: Synapse quarantines every file with the same SHA-256 together, and tests
 * sharing one Synapse must not quarantine each other's files.
 */
export function makeTestPng(width = 120, height = 90): Uint8Array<ArrayBuffer> {
  const [r = 0, g = 0, b = 0] = randomBytes(3);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const shade = Math.round(((x + y) / (width + height)) * 255);
      row[1 + x * 3] = (r + shade) % 256;
      row[2 + x * 3] = (g + 255 - shade) % 256;
      row[3 + x * 3] = b;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return new Uint8Array(png);
}
