// The text inside materials is read in a child process whose memory is capped: an office document that inflates to
// hundreds of megabytes (a zip bomb) ends that reader, not the build, and is still listed and found by its title.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, test } from "node:test";
import { crc32, deflateRawSync } from "node:zlib";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build } from "./helpers/site.ts";

/** A ZIP archive of the given files, stored deflated, as office documents are. */
function zip(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const packed = deflateRawSync(data, { level: 9 });
    const header = (signature: number, size: number) => {
      const buffer = Buffer.alloc(size);
      buffer.writeUInt32LE(signature, 0);
      return buffer;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = header(0x02014b50, 46);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(name), packed);
    central.push(entry, Buffer.from(name));
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const paragraph = "<w:p><w:r><w:t>kinkajou</w:t></w:r></w:p>";
const document = Buffer.from(
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(9_000_000)}</w:body></w:document>`,
);
const bomb = zip({
  "[Content_Types].xml": Buffer.from(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ),
  "word/document.xml": document,
});

const root = makeRepository({
  "assets/materials/test-workshop/notes.docx": bomb,
  "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace(
    "materials:\n",
    "materials:\n  - title: Notes from the sessions\n    url: /assets/materials/test-workshop/notes.docx\n    kind: notes\n",
  ),
});
after(() => removeTemporary(root));

test("a small document that inflates to hundreds of megabytes is indexed by its title, and the build goes on", () => {
  assert.ok(bomb.length < 2 * 1024 * 1024, `the file weighs ${bomb.length} bytes`);
  assert.ok(document.length > 350 * 1024 * 1024, `it inflates to ${document.length} bytes`);
  const result = build(root, join(root, "_site"));
  assert.equal(result.status, 0, result.stderr);
  assert.match(
    result.stdout,
    /Search: could not read the text of assets\/materials\/test-workshop\/notes\.docx \(needs more than 512 MB to read\); it is indexed by its title only\./,
  );
  assert.match(result.stdout, /Search: indexed \d+ pages and 2 workshop materials/);
});
