// Pictures are converted by sharp: modern formats, width and height, lazy loading, a description required,
// and no file heavier than 200 KB, even from a multi-megabyte upload.
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import sharp from "sharp";
import { byTag, elements, parseHtml } from "./helpers/html.ts";
import { makeRepository, problemsIn, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build, listFiles, readText } from "./helpers/site.ts";

/** A screenshot-sized picture full of noise: as hard to compress as an image gets. */
const noise = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
    .png()
    .toBuffer();

let root = "";
before(async () => {
  const photo = await noise(2400, 1600);
  assert.ok(photo.length > 3 * 1024 * 1024, `the upload weighs ${photo.length} bytes`);
  root = makeRepository({
    "assets/images/news/launch.png": photo,
    "assets/images/partners/gbif-spain.png": await noise(600, 300),
    "content/news/2020-01-01-hello.md":
      "---\ntitle: Hello\ndate: 2020-01-01\nauthors: [Editor]\nsummary: First post.\nimage:\n  src: /assets/images/news/launch.png\n  alt: The new portal's home page\n---\n\nThe team at work:\n\n![Developers around a table](/assets/images/news/launch.png)\n",
    "content/partners/gbif-spain.md": VALID_FILES["content/partners/gbif-spain.md"]!.replace(
      "joined: 2013",
      "joined: 2013\nlogo: /assets/images/partners/gbif-spain.png",
    ),
  });
  const result = build(root, join(root, "_site"));
  assert.equal(result.status, 0, result.stderr);
});
after(() => removeTemporary(root));

test("news pictures, Markdown pictures and logos become <picture> with WebP, sizes, and lazy loading", () => {
  for (const [file, alt] of [
    ["news/2020-01-01-hello/index.html", "The new portal's home page"],
    ["news/2020-01-01-hello/index.html", "Developers around a table"],
    ["partners/gbif-spain/index.html", "GBIF Spain logo"],
  ] as const) {
    const page = parseHtml(readText(join(root, "_site"), file));
    const image = byTag(page, "img").find((element) => element.attribs.alt === alt);
    assert.ok(image, `${file}: ${alt}`);
    assert.match(image.attribs.width ?? "", /^\d+$/);
    assert.match(image.attribs.height ?? "", /^\d+$/);
    assert.equal(image.attribs.loading, "lazy");
    assert.match(image.attribs.src ?? "", /^\/assets\/images\/generated\//);
    const webp = elements(page, (element) => element.name === "source" && element.attribs.type === "image/webp");
    assert.ok(webp.length > 0, file);
  }
});

test("no generated picture is larger than 200 KB", () => {
  const generated = listFiles(join(root, "_site/assets/images/generated"));
  assert.ok(generated.length >= 6, generated.join(", "));
  for (const file of generated) {
    const bytes = statSync(join(root, "_site/assets/images/generated", file)).size;
    assert.ok(bytes <= 200 * 1024, `${file} weighs ${bytes} bytes`);
  }
});

test("the original upload is not linked from any page", () => {
  for (const file of ["news/2020-01-01-hello/index.html", "partners/gbif-spain/index.html"]) {
    assert.doesNotMatch(readText(join(root, "_site"), file), /src="\/assets\/images\/news\/launch\.png"/);
  }
});

test("a picture without a description stops the build", async () => {
  const picture = { "assets/images/a.png": await noise(8, 8) };
  assert.deepEqual(problemsIn({ ...picture, "content/pages/faq.md": "---\ntitle: FAQ\nsummary: Questions.\n---\n\n![](/assets/images/a.png)\n" }), [
    "content/pages/faq.md:6: body: a picture has no description (expected ![what the picture shows](/assets/images/…))",
  ]);
  assert.deepEqual(
    problemsIn({
      ...picture,
      "content/news/2020-01-01-hello.md": "---\ntitle: Hello\ndate: 2020-01-01\nauthors: [E]\nsummary: S\nimage:\n  src: /assets/images/a.png\n---\n",
    }),
    ["content/news/2020-01-01-hello.md:6: image.alt: missing (expected a short description of the image)"],
  );
});
