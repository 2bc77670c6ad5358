// Pictures editors add can never publish anything unsafe, never crash the build, and always stay within budget: each
// file is checked before it is converted, drawings become bitmaps, and no generated file is over 200 KB, whatever its shape.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs, { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import sharp from "sharp";
import { MAX_PIXELS, MAX_SIDE, pictureProblem } from "../src/images/validate.ts";
import { byTag, elements, parseHtml } from "./helpers/html.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build, listFiles, readText } from "./helpers/site.ts";

const BUDGET = 200 * 1024;
const SAFE_DRAWING = "(expected a drawing without scripts, event handlers, links to other files or foreignObject)";

/** Gaussian noise, as hard to compress as a picture gets; with four channels, half transparent. */
const noise = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background: { r: 128, g: 128, b: 128, alpha: 0.5 }, noise: { type: "gaussian", mean: 128, sigma: 60 } } })
    .png({ compressionLevel: 1 })
    .toBuffer();
const drawing = (inside: string, before = "") =>
  `${before}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 32 32">${inside}</svg>\n`;
const SAFE_LOGO = drawing(
  '<defs><linearGradient id="g"><stop offset="0" stop-color="#1f6648"/><stop offset="1" stop-color="#fff"/></linearGradient></defs><circle cx="16" cy="16" r="15" fill="url(#g)"/><use href="#g"/>',
);

/** A PNG's first 33 bytes, the signature and the IHDR chunk, claiming any size: all a decompression bomb needs to show. */
function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
  header.writeUInt32BE(13, 8);
  header.write("IHDR", 12, "latin1");
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header.set([8, 2, 0, 0, 0], 24);
  return header;
}

describe("pictureProblem", () => {
  const folder = mkdtempSync(join(tmpdir(), "living-atlases-pictures-"));
  after(() => removeTemporary(folder));
  const problemOf = (name: string, contents: string | Uint8Array) => {
    writeFileSync(join(folder, name), contents);
    return pictureProblem(join(folder, name));
  };
  let jpeg: Buffer;
  let png: Buffer;
  before(async () => {
    jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#1f6648" } })
      .jpeg()
      .toBuffer();
    png = await sharp({ create: { width: 40, height: 30, channels: 4, background: "#1f664880" } })
      .png()
      .toBuffer();
  });

  test("accepts ordinary pictures and a safe drawing", () => {
    assert.equal(problemOf("photo.jpg", jpeg), undefined);
    assert.equal(problemOf("photo.JPEG", jpeg), undefined);
    assert.equal(problemOf("logo.png", png), undefined);
    assert.equal(problemOf("logo.svg", SAFE_LOGO), undefined);
    assert.equal(
      problemOf(
        "generated.svg",
        `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Created with Inkscape -->\n${drawing('<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>')}`,
      ),
      undefined,
    );
  });

  test("refuses what is not a picture, or not the picture its name says", () => {
    const random = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 104_729) % 251);
    const notAPicture = "is not a picture the site can show (expected a PNG, JPEG, WebP, GIF, AVIF or SVG file)";
    assert.equal(problemOf("random.png", random), notAPicture);
    assert.equal(problemOf("notes.jpg", "These are my notes, not a photo.\n"), notAPicture);
    assert.equal(problemOf("photo.png", jpeg), "is a JPEG picture named .png (expected the extension .jpg or .jpeg)");
    assert.equal(problemOf("logo.jpg", png), "is a PNG picture named .jpg (expected the extension .png)");
    assert.equal(problemOf("drawing.png", SAFE_LOGO), "is an SVG drawing named .png (expected the extension .svg)");
    assert.equal(problemOf("logo.svg", png), "is a PNG picture named .svg (expected the extension .png)");
    assert.equal(problemOf("empty.png", ""), "is empty (expected a PNG, JPEG, WebP, GIF, AVIF or SVG file)");
    assert.equal(pictureProblem(join(folder, "missing.png")), "does not exist (expected a PNG, JPEG, WebP, GIF, AVIF or SVG file at this path)");
    assert.equal(pictureProblem(folder), "is a folder (expected a PNG, JPEG, WebP, GIF, AVIF or SVG file)");
  });

  test("refuses a decompression bomb from its header alone", () => {
    assert.equal(MAX_PIXELS, 50_000_000);
    assert.equal(MAX_SIDE, 30_000);
    const expected = "(expected at most 50 megapixels and 30000 pixels on a side)";
    assert.equal(problemOf("bomb.png", pngHeader(100_000, 100_000)), `is 100000 × 100000 pixels ${expected}`);
    assert.equal(problemOf("strip.png", pngHeader(40_000, 10)), `is 40000 × 10 pixels ${expected}`);
    assert.equal(problemOf("tall.png", pngHeader(800, 20_000)), undefined);
  });

  test("refuses drawings that run code or load other files", () => {
    const cases: Array<[string, string]> = [
      [drawing("<script>alert(1)</script>"), `contains <script> ${SAFE_DRAWING}`],
      [drawing("").replace("<svg ", '<svg onload="alert(1)" '), `contains the event handler onload= ${SAFE_DRAWING}`],
      [
        drawing('<image href="https://example.org/tracker.png" width="32" height="32"/>'),
        `contains <image href="https://example.org/tracker.png"> ${SAFE_DRAWING}`,
      ],
      [drawing('<use xlink:href="other.svg#x"/>'), `contains <use xlink:href="other.svg#x"> ${SAFE_DRAWING}`],
      [drawing('<a href="javascript:alert(1)"><circle r="4"/></a>'), `contains <a href="javascript:alert(1)"> ${SAFE_DRAWING}`],
      [drawing('<a href="#top"><set attributeName="href" to="https://example.org/"/></a>'), `contains <set to="https://example.org/"> ${SAFE_DRAWING}`],
      [drawing('<image href="data:image/svg+xml,%3Csvg/%3E"/>'), `contains <image href="data:image/svg+xml,%3Csvg/%3E"> ${SAFE_DRAWING}`],
      [
        drawing(`<image href="data:image/png;base64,${pngHeader(100_000, 100_000).toString("base64")}"/>`),
        "contains a picture of 100000 × 100000 pixels (expected at most 50 megapixels and 30000 pixels on a side)",
      ],
      [
        drawing('<text><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/></text>'),
        `contains <xi:include href="/etc/passwd"> ${SAFE_DRAWING}`,
      ],
      [
        drawing('<foreignObject width="32" height="32"><p xmlns="http://www.w3.org/1999/xhtml">Hi</p></foreignObject>'),
        `contains <foreignObject> ${SAFE_DRAWING}`,
      ],
      [
        drawing('<rect width="32" height="32" style="background:url(https://example.org/x.png)"/>'),
        `contains url(https://example.org/x.png) in <rect style> ${SAFE_DRAWING}`,
      ],
      [
        drawing('<rect width="32" height="32" style="fill:u\\72l(https://example.org/x.png)"/>'),
        `contains url(https://example.org/x.png) in <rect style> ${SAFE_DRAWING}`,
      ],
      [
        drawing('<rect width="32" height="32" fill="url(&quot;https://example.org/p.svg#g&quot;)"/>'),
        `contains url(https://example.org/p.svg#g) in <rect fill> ${SAFE_DRAWING}`,
      ],
      [drawing("<style>@import 'theme.css';</style>"), `contains @import in <style> ${SAFE_DRAWING}`],
      [
        drawing("<style><![CDATA[circle { fill: url( 'https://example.org/p.svg#g' ) }]]></style>"),
        `contains url(https://example.org/p.svg#g) in <style> ${SAFE_DRAWING}`,
      ],
      [drawing("", '<?xml-stylesheet href="theme.css"?>'), `contains <?xml-stylesheet?> ${SAFE_DRAWING}`],
      [drawing("<text>&lol;</text>", '<!DOCTYPE svg [<!ENTITY lol "lol">]>'), "contains <!ENTITY> (expected a drawing without DOCTYPE or entity declarations)"],
      [
        drawing("", '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'),
        "contains <!DOCTYPE> (expected a drawing without DOCTYPE or entity declarations)",
      ],
      [drawing("<g><circle r='4'></g>"), "is not well-formed XML at line 1: unexpected close tag (expected an SVG file as a drawing program saves it)"],
      ['<html><body><svg viewBox="0 0 1 1"></svg></body></html>', "is not an SVG drawing: its outermost element is <html> (expected <svg>)"],
    ];
    for (const [contents, expected] of cases) assert.equal(problemOf("drawing.svg", contents), expected, contents);
  });

  test("reads a photo's header, never the whole file, so checking many large photos stays quick", () => {
    // A valid photo followed by 4 MB its header does not need: what the check reads is counted, not timed.
    const large = join(folder, "large.jpg");
    writeFileSync(large, Buffer.concat([jpeg, Buffer.alloc(4 * 1024 * 1024)]));
    let read = 0;
    const original = { readSync: fs.readSync, readFileSync: fs.readFileSync };
    fs.readSync = ((...args: Parameters<typeof fs.readSync>) => {
      const count = original.readSync(...args);
      read += count;
      return count;
    }) as typeof fs.readSync;
    fs.readFileSync = ((...args: Parameters<typeof fs.readFileSync>) => {
      const contents = original.readFileSync(...args);
      read += contents.length;
      return contents;
    }) as typeof fs.readFileSync;
    syncBuiltinESMExports();
    try {
      assert.equal(pictureProblem(large), undefined);
    } finally {
      Object.assign(fs, original);
      syncBuiltinESMExports();
    }
    assert.ok(read > 0 && read <= 512 * 1024, `${read} bytes read`);
  });
});

describe("a site with pictures of awkward shapes, noise and drawings", () => {
  const uploads: Record<string, Buffer | string> = {};
  let root = "";
  let site = "";
  before(async () => {
    Object.assign(uploads, {
      "assets/images/news/tall.png": await noise(800, 20_000),
      "assets/images/news/wide.png": await noise(20_000, 800),
      "assets/images/news/map.svg": drawing('<rect width="32" height="20" fill="#cde"/><path d="M2 18 L16 4 L30 18" stroke="#1f6648" fill="none"/>'),
      "assets/images/partners/gbif-spain.svg": SAFE_LOGO,
      "assets/images/partners/noisy.png": await noise(1000, 1000, 4),
      "assets/images/partners/tower.png": await noise(600, 3000, 4),
    });
    const logo = (slug: string, file: string) =>
      VALID_FILES["content/partners/gbif-spain.md"]!.replace("name: GBIF Spain", `name: ${slug}`).replace(
        "joined: 2013",
        `joined: 2013\nlogo: /assets/images/partners/${file}`,
      );
    root = makeRepository({
      ...uploads,
      "content/news/2020-01-01-hello.md":
        "---\ntitle: Hello\ndate: 2020-01-01\nauthors: [Editor]\nsummary: First post.\nimage:\n  src: /assets/images/news/tall.png\n  alt: A very long screenshot\n---\n\n![A panorama](/assets/images/news/wide.png)\n\n![A map](/assets/images/news/map.svg)\n",
      "content/partners/gbif-spain.md": logo("GBIF Spain", "gbif-spain.svg"),
      "content/partners/noisy.md": logo("Noisy", "noisy.png"),
      "content/partners/tower.md": logo("Tower", "tower.png"),
    });
    site = join(root, "_site");
    const result = build(root, site);
    assert.equal(result.status, 0, result.stderr);
  });
  after(() => removeTemporary(root));

  test("no generated file is over 200 KB, whatever the shape and noise of the upload", () => {
    const generated = listFiles(join(site, "assets/images/generated"));
    assert.ok(generated.length >= 16, generated.join(", "));
    for (const file of generated) {
      const bytes = statSync(join(site, "assets/images/generated", file)).size;
      assert.ok(bytes <= BUDGET, `${file} weighs ${bytes} bytes`);
    }
  });

  test("drawings are published only as bitmaps, and no upload is published at all", () => {
    const published = listFiles(site);
    assert.deepEqual(
      published.filter((file) => file.startsWith("assets/images/") && file.endsWith(".svg")),
      [],
    );
    const partner = parseHtml(readText(site, "partners/gbif-spain/index.html"));
    const image = byTag(partner, "img").find((element) => element.attribs.alt === "GBIF Spain logo");
    assert.match(image?.attribs.src ?? "", /^\/assets\/images\/generated\/[\w-]+\.png$/);
    const webp = elements(partner, (element) => element.name === "source" && element.attribs.type === "image/webp");
    assert.match(webp[0]?.attribs.srcset ?? "", /^\/assets\/images\/generated\/[\w-]+-160\.webp 160w, \/assets\/images\/generated\/[\w-]+-320\.webp 320w$/);
    assert.doesNotMatch(readText(site, "news/2020-01-01-hello/index.html"), /\/assets\/images\/[^"]*\.svg/);
    // Nothing in the site has the bytes of an upload, at its own path or any other.
    const digest = (contents: Buffer | string) => createHash("sha256").update(contents).digest("hex");
    const uploaded = new Set(Object.values(uploads).map(digest));
    for (const file of published) assert.ok(!uploaded.has(digest(readFileSync(join(site, file)))), `${file} is an upload as it was`);
    for (const path of Object.keys(uploads)) assert.ok(!published.includes(path), path);
  });

  test("the site's icon is the project's own file, published under a content-hashed name", () => {
    const home = parseHtml(readText(site, "index.html"));
    const icon = elements(home, (element) => element.name === "link" && element.attribs.rel === "icon")[0];
    assert.match(icon?.attribs.href ?? "", /^\/assets\/favicon\.[0-9a-f]{10}\.svg$/);
    assert.ok(listFiles(site).includes(icon!.attribs.href!.slice(1)));
  });
});

test("a picture that cannot be converted stops the build with a problem at each place that uses it", () => {
  const root = makeRepository({
    // A PNG whose header is sound but whose pixels are cut off: only decoding it finds out.
    "assets/images/news/cut.png": Buffer.concat([pngHeader(400, 300), Buffer.from([0, 0, 0, 0])]),
    "content/news/2020-01-01-hello.md":
      "---\ntitle: Hello\ndate: 2020-01-01\nauthors: [Editor]\nsummary: First post.\nimage:\n  src: /assets/images/news/cut.png\n  alt: A cut picture\n---\n\nText.\n\n![The same picture](/assets/images/news/cut.png)\n",
  });
  mkdirSync(join(root, "_site"));
  writeFileSync(join(root, "_site/index.html"), "previous site");
  try {
    const result = build(root, join(root, "_site"));
    assert.equal(result.status, 1, result.stderr);
    const lines = result.stderr.trim().split("\n");
    assert.match(
      lines[0]!,
      /^content\/news\/2020-01-01-hello\.md:7: image\.src: cannot be converted: .+ \(expected a PNG, JPEG, WebP, GIF, AVIF or SVG file that opens in an image viewer\)$/,
    );
    assert.match(lines[1]!, /^content\/news\/2020-01-01-hello\.md:13: body: "\/assets\/images\/news\/cut\.png" cannot be converted: .+ \(expected .+\)$/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
    assert.equal(readText(root, "_site/index.html"), "previous site");
  } finally {
    removeTemporary(root);
  }
});

test("a drawing that could run code or load another file stops the build, and nothing of it is published", () => {
  const root = makeRepository({
    "assets/images/partners/gbif-spain.svg": drawing('<script>alert(document.cookie)</script><circle cx="16" cy="16" r="15"/>'),
    "content/partners/gbif-spain.md": VALID_FILES["content/partners/gbif-spain.md"]!.replace(
      "joined: 2013",
      "joined: 2013\nlogo: /assets/images/partners/gbif-spain.svg",
    ),
  });
  try {
    const result = build(root, join(root, "_site"));
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stderr.trim().split("\n")[0], `content/partners/gbif-spain.md:7: logo: contains <script> ${SAFE_DRAWING}`);
    assert.equal(existsSync(join(root, "_site")), false);
  } finally {
    removeTemporary(root);
  }
});
