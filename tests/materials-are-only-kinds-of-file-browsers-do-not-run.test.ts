// Editors may publish documents, pictures, audio, video, archives and HTML (which is cleaned); a kind of file a
// browser would run, or any kind not on the list, gets a message saying what is wrong and what is expected.
import assert from "node:assert/strict";
import { test } from "node:test";
import { materialFileProblem, MATERIAL_FILE_TYPES } from "../src/materials/types.ts";

const EXPECTED =
  "expected one of PDF, PowerPoint, Keynote, Word, Excel, OpenDocument, CSV, plain text, Markdown, PNG, JPEG, GIF, WebP, MP4, WebM, MP3, OGG, ZIP or HTML";

test("every kind on the list is accepted, whatever the letter case of its extension", () => {
  for (const { extensions } of MATERIAL_FILE_TYPES) {
    for (const extension of extensions) {
      assert.equal(materialFileProblem(`10 Collectory${extension}`), undefined, extension);
      assert.equal(materialFileProblem(`/assets/materials/workshop-2016/SLIDES${extension.toUpperCase()}`), undefined, extension);
    }
  }
});

test("files a browser runs scripts inside are refused, saying so", () => {
  for (const extension of [".svg", ".svgz", ".xhtml", ".xht", ".xml", ".xsl", ".xslt", ".mht", ".mhtml", ".shtml"]) {
    assert.equal(materialFileProblem(`diagram${extension}`), `is a ${extension} file, which browsers run scripts inside (${EXPECTED})`);
  }
  assert.equal(materialFileProblem("Diagram.SVG"), `is a .svg file, which browsers run scripts inside (${EXPECTED})`);
  assert.equal(materialFileProblem("slides.pdf.svg"), `is a .svg file, which browsers run scripts inside (${EXPECTED})`);
});

test("code, plugins and macros are refused, saying so", () => {
  assert.equal(materialFileProblem("demo.js"), `is a .js file, which browsers run as code (${EXPECTED})`);
  assert.equal(materialFileProblem("demo.mjs"), `is a .mjs file, which browsers run as code (${EXPECTED})`);
  assert.equal(materialFileProblem("module.wasm"), `is a .wasm file, which browsers run as code (${EXPECTED})`);
  assert.equal(materialFileProblem("animation.swf"), `is a .swf file, which browser plugins run as code (${EXPECTED})`);
  assert.equal(materialFileProblem("slides.pptm"), `is a .pptm file, which carries macros (${EXPECTED})`);
  assert.equal(materialFileProblem("theme.css"), `is a .css file, which can load files from other sites into any page that uses it (${EXPECTED})`);
});

test("anything else is refused as not a kind of material the site publishes", () => {
  assert.equal(materialFileProblem("setup.exe"), `is a .exe file, which is not a kind of material the site publishes (${EXPECTED})`);
  assert.equal(materialFileProblem("slides.pdf.bak"), `is a .bak file, which is not a kind of material the site publishes (${EXPECTED})`);
  assert.equal(materialFileProblem("README"), `has no extension, so browsers would guess what it is (${EXPECTED})`);
  assert.equal(materialFileProblem("slides."), `has no extension, so browsers would guess what it is (${EXPECTED})`);
  assert.equal(materialFileProblem(".htaccess"), `has no extension, so browsers would guess what it is (${EXPECTED})`);
});
