import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { bytesReader, zipEntries } from "./directory.js";
import { zipDamage } from "./integrity.js";
import { zipFixture } from "./testing.js";

const damage = async (bytes: Uint8Array) => zipDamage(bytesReader(bytes), bytes.byteLength, await zipEntries(bytesReader(bytes), bytes.byteLength, 100));

/** A zip of one entry, its data and headers as given (with a data descriptor when `descriptor`). */
async function zipOf(text: string, opts: { descriptor?: boolean } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", text, { createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", streamFiles: opts.descriptor ?? false });
}

describe("checking a zip's entries against its directory", () => {
  it("finds nothing wrong in sound archives, with and without data descriptors", async () => {
    expect(await damage(zipFixture("good.docx").bytes)).toBeNull();
    expect(await damage(await zipOf("<a>表</a>".repeat(1000)))).toBeNull();
    expect(await damage(await zipOf("<a>表</a>".repeat(1000), { descriptor: true }))).toBeNull();
  });

  it("names the entry whose data does not inflate to its CRC and size", async () => {
    const z = await zipOf("<a>表</a>".repeat(1000));
    const flipped = Buffer.from(z);
    flipped[60] ^= 0x10;
    expect(await damage(flipped)).toMatch(/^其中的“xl\/worksheets\/sheet1\.xml”已损坏（.+）$/);
  });

  it("refuses local headers and data descriptors that disagree with the directory", async () => {
    const plain = await zipOf("<a/>".repeat(500));
    const lying = Buffer.from(plain);
    lying.writeUInt32LE(lying.readUInt32LE(22) + 1, 22);
    expect(await damage(lying)).toMatch(/文件头与目录不一致/);
    const described = await zipOf("<a/>".repeat(500), { descriptor: true });
    const crcInHeader = Buffer.from(described);
    crcInHeader.writeUInt32LE(0xffffff00, 14);
    expect(await damage(crcInHeader)).toMatch(/文件头与目录不一致/);
  });

  it("refuses a directory that lists one name twice", async () => {
    const z = await zipOf("<a/>");
    const cd = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const end = z.indexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const twice = Buffer.concat([z.subarray(0, end), z.subarray(cd, end), z.subarray(end)]);
    const e = end + (end - cd);
    twice.writeUInt16LE(2, e + 8);
    twice.writeUInt16LE(2, e + 10);
    twice.writeUInt32LE(2 * (end - cd), e + 12);
    expect(await damage(twice)).toMatch(/“xl\/worksheets\/sheet1\.xml”在目录中出现了不止一次/);
  });

  it("stops inflating at the declared size when the data holds more", async () => {
    const data = deflateRawSync(Buffer.alloc(1 << 20, 0x20));
    const z = await zipOf(" ".repeat(16));
    const entries = await zipEntries(bytesReader(z), z.byteLength, 10);
    // The entry's data replaced by a megabyte of spaces, the headers still saying 16 bytes.
    const start = 30 + entries[0].name.length;
    const bomb = Buffer.concat([z.subarray(0, start), data, z.subarray(start + entries[0].compressed)]);
    bomb.writeUInt32LE(data.length, 18);
    const cd = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(data.length, cd + 20);
    const end = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bomb.writeUInt32LE(cd, end + 16);
    expect(await damage(bomb)).toMatch(/解压后大于声明的大小/);
  });
});
