// An HTML material is published as a cleaned copy: opened in Chromium it runs none of its scripts, moves the
// visitor nowhere, submits nothing and loads nothing from another host, with its Content-Security-Policy and
// even without it. Its text is found through the build's own record of it, never as a page of its own.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { parse, type DefaultTreeAdapterTypes as Tree } from "parse5";
import type { Browser } from "playwright-core";
import { safeCss } from "../src/materials/css.ts";
import { decodeHtml, htmlMaterialText, MATERIAL_POLICY, safeHtmlMaterial } from "../src/materials/html.ts";
import { launch, openPage, searchIndex, serve, type SiteServer } from "./helpers/browser.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build, REPOSITORY } from "./helpers/site.ts";

/** Each attack calls window.pwned(with its name) if it ever runs. */
const ATTACKS = String.raw`<!DOCTYPE html>
<html manifest="https://example.org/manifest">
<head>
<meta http-equiv="refresh" content="0;url=https://example.org/">
<meta http-equiv="Set-Cookie" content="visited=yes">
<base href="https://example.org/">
<link rel="stylesheet" href="https://example.org/link.css">
<link rel="preload" as="image" href="https://example.org/preload.png">
<script>pwned("inline script")</script>
<script src="https://example.org/remote.js"></script>
<script type="module">pwned("module script")</script>
<style>
@import url(https://example.org/import.css);
@import "https://example.org/import-string.css";
@\69mport 'https://example.org/import-escaped.css';
body { background: url(https://example.org/body.png) }
.escaped { background: u\72l(https://example.org/escaped.png) }
.set { background-image: image-set("https://example.org/set.png" 1x) }
.relative-host { background-image: url(//example.org/scheme-relative.png) }
:root { --picture: "https://example.org/custom-property.png" }
.variable { background-image: image-set(var(--picture) 1x) }
@font-face { font-family: Remote; src: url("https://example.org/font.woff2") format("woff2") }
.font { font-family: Remote }
</style>
</head>
<body onload="pwned('body onload')" onpageshow="pwned('body onpageshow')">
<h1 data-pagefind-meta="title:Fake result">Zebrafish attack deck</h1>
<svg width="0" height="0"><style>@imp<a></a>ort "/<a></a>/example.org/split.css"; body{background:u<a></a>rl(//example.org/split.png)}</style></svg>
<main data-pagefind-body><p>Zebrafish, the one word this file adds to the index.</p></main>
<div class="escaped set relative-host variable font">styled</div>
<img src="missing.png" onerror="pwned('img onerror')">
<IMG SRC="missing.png" ONERROR="pwned('uppercase onerror')">
<img src="https://example.org/remote.png">
<img srcset="https://example.org/srcset.png 1x, /ok.png 2x">
<img src="/ok.png" attributionsrc="https://example.org/attribution">
<svg onload="pwned('svg onload')" width="200" height="60">
  <a id="svg-link" href="javascript:pwned('svg link')"><text x="0" y="15">svg link</text></a>
  <a id="animated-link"><animate attributeName="href" values="javascript:pwned('animate href')" dur="1ms" fill="freeze"/><text x="0" y="35">animated link</text></a>
  <set attributeName="onmouseover" to="pwned('set onmouseover')"/>
  <animate attributeName="x" dur="1s" onbegin="pwned('animate onbegin')"/>
  <image href="https://example.org/svg-image.png" width="10" height="10"/>
  <rect width="10" height="10" fill="url(https://example.org/paint.svg#p)"/>
  <script>pwned("svg script")</script>
  <style>@import url(https://example.org/svg-import.css);</style>
</svg>
<a id="javascript-link" href="javascript:pwned('javascript link')">javascript link</a>
<a id="entity-link" href="jav&#x09;ascript&colon;pwned('entity link')">entity link</a>
<a id="spaced-link" href="  JaVaScRiPt:pwned('spaced link')">spaced link</a>
<a id="ping-link" href="#here" ping="https://example.org/ping">ping link</a>
<iframe srcdoc="<script>parent.pwned('iframe srcdoc')</script>"></iframe>
<iframe src="javascript:parent.pwned('iframe javascript')"></iframe>
<iframe src="data:text/html,<script>parent.pwned('iframe data')</script>"></iframe>
<object data="data:text/html,<script>parent.pwned('object data')</script>"></object>
<embed src="data:text/html,<script>parent.pwned('embed')</script>">
<form id="remote-form" action="https://example.org/submit" method="get"><input id="field" name="q" value="zebrafish"><button id="submit">Send</button></form>
<form id="other-form"></form><button id="form-button" form="other-form" formaction="javascript:pwned('formaction')">Send too</button>
<noscript><p title="</noscript><img src=x onerror=pwned('noscript title')>"></p></noscript>
<noembed><img title="</noembed><img src=x onerror=pwned('noembed title')>"></noembed>
<svg></p><style><a id="</style><img src=x onerror=pwned('svg style breakout')>"></svg>
<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=pwned('math mglyph')&gt;">
<form><math><mtext></form><form><mglyph><style></math><img src onerror=pwned('nested form math')>
<template><img src="x" onerror="pwned('template')"></template>
<div><template shadowrootmode="open"><img src="x" onerror="pwned('shadow root')"><script>pwned("shadow script")</script></template></div>
<details open ontoggle="pwned('details ontoggle')"><summary>details</summary></details>
<input id="focused" autofocus onfocus="pwned('autofocus')">
<video poster="https://example.org/poster.png"><source src="https://example.org/video.mp4" onerror="pwned('source onerror')"></video>
<table background="https://example.org/table.png"><tr><td style="background:url(https://example.org/style-attribute.png)">cell</td></tr></table>
<meta http-equiv="refresh" content="1;url=javascript:pwned('late refresh')">
</body>
</html>
`;

const MATERIAL = "/assets/materials/test-workshop/attacks.html";
const WITHOUT_POLICY = "/assets/materials/test-workshop/attacks-without-policy.html";
const ORIGINAL = "/assets/materials/test-workshop/original.html";

const root = makeRepository({
  "assets/materials/test-workshop/attacks.html": ATTACKS,
  "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace(
    "materials:\n",
    `materials:\n  - title: Attack deck\n    url: ${MATERIAL}\n    kind: slides\n`,
  ),
});
const output = join(root, "_site");
let browser: Browser;
let site: SiteServer;

before(async () => {
  const result = build(root, output);
  assert.equal(result.status, 0, result.stderr);
  const built = readFileSync(join(output, MATERIAL), "utf8");
  // The same copy with its policy taken out, to show the cleaning holds without it; and, to show this test can
  // see an attack succeed, the file as the editor wrote it.
  writeFileSync(join(output, WITHOUT_POLICY), built.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""));
  writeFileSync(join(output, ORIGINAL), ATTACKS);
  site = await serve(output);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  removeTemporary(root);
});

/** Opens a file, follows its links and submits its forms, and reports what ran, where it went and what it loaded. */
async function visit(path: string): Promise<{ calls: string[]; navigations: string[]; foreign: string[]; finalUrl: string }> {
  const { page, misbehaviour } = await openPage(browser);
  const calls: string[] = [];
  const navigations: string[] = [];
  await page.exposeBinding("pwned", (_source, attack: string) => void calls.push(attack));
  await page.context().route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  );
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  const address = `${site.origin}${path}`;
  await page.goto(address, { waitUntil: "load" });
  for (const link of ["#svg-link", "#animated-link", "#javascript-link", "#entity-link", "#spaced-link", "#ping-link", "#submit", "#form-button"]) {
    const target = page.locator(link);
    if ((await target.count()) > 0 && page.url().startsWith(address)) await target.click({ timeout: 1000 }).catch(() => undefined);
  }
  if (page.url().startsWith(address) && (await page.locator("#field").count()) > 0) await page.locator("#field").press("Enter");
  // Long enough for the one-second refresh and any late loads.
  await page.waitForTimeout(1500);
  const finalUrl = page.url();
  await page.context().close();
  return { calls, navigations: navigations.filter((url) => !url.startsWith(address)), foreign: misbehaviour.foreignRequests, finalUrl };
}

describe("an HTML material full of attacks", () => {
  test("as written by the editor, it runs them: the test can see an attack succeed", async () => {
    const { calls, foreign } = await visit(ORIGINAL);
    assert.ok(calls.length > 0, "no attack ran in the original file");
    assert.ok(foreign.length > 0, "the original file loaded nothing from another host");
  });

  test("as published, it runs nothing, goes nowhere and loads nothing from another host", async () => {
    const { calls, navigations, foreign, finalUrl } = await visit(MATERIAL);
    assert.deepEqual(calls, []);
    assert.deepEqual(navigations, []);
    assert.deepEqual(foreign, []);
    assert.ok(finalUrl.startsWith(`${site.origin}${MATERIAL}`), finalUrl);
  });

  test("with its Content-Security-Policy taken out, it still runs nothing, goes nowhere and loads nothing", async () => {
    const { calls, navigations, foreign, finalUrl } = await visit(WITHOUT_POLICY);
    assert.deepEqual(calls, []);
    assert.deepEqual(navigations, []);
    assert.deepEqual(foreign, []);
    assert.ok(finalUrl.startsWith(`${site.origin}${WITHOUT_POLICY}`), finalUrl);
  });

  test("its policy comes first in <head>, and its text is still there to read", () => {
    const published = readFileSync(join(output, MATERIAL), "utf8");
    assert.ok(
      published.startsWith(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${MATERIAL_POLICY}"><meta charset="utf-8">`),
      published.slice(0, 300),
    );
    assert.match(published, /Zebrafish, the one word this file adds to the index\./);
    const left: string[] = [];
    const walk = (node: Tree.Node) => {
      if ("tagName" in node) {
        if (["script", "noscript", "form", "iframe", "object", "embed", "base", "link", "template"].includes(node.tagName)) left.push(node.tagName);
        for (const { name, value } of node.attrs) if (name.startsWith("on") || /javascript:|example\.org/i.test(value)) left.push(`${node.tagName} ${name}`);
        if (node.tagName === "template") walk((node as Tree.Template).content);
      }
      if (node.nodeName === "#text" && /example\.org|@import/i.test((node as Tree.TextNode).value)) left.push("text naming another host");
      if ("childNodes" in node) for (const child of node.childNodes) walk(child);
    };
    walk(parse(published));
    // The two <template>s stay, emptied of what ran: the parser keeps inert templates, and so does the cleaner.
    assert.deepEqual(
      left.filter((name) => name !== "template"),
      [],
    );
  });

  test("search finds it only through the build's own record of it", async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site.origin}/`);
    const hits = await searchIndex(page, "zebrafish");
    const encoded = encodeURI(MATERIAL);
    assert.deepEqual(
      hits.filter((hit) => hit.url.startsWith("/assets/")).map((hit) => [hit.url, hit.meta.type, hit.meta.title]),
      [[encoded, "Material", "Attack deck"]],
    );
    assert.ok(!hits.some((hit) => hit.meta.title === "Fake result"));
    await page.context().close();
  });
});

describe("the cleaner", () => {
  test("stylesheets keep their own files and inlined pictures, and lose every address of another host", () => {
    const cases: Array<[string, string]> = [
      ["a{background:url(https://example.org/a.png)}", 'a{background:url("")}'],
      ["a{background:u\\72l(https://example.org/a.png)}", 'a{background:url("")}'],
      ["a{background:URL(  'https://example.org/a.png' )}", 'a{background:URL(  "" )}'],
      ["a{background:url(//example.org/a.png)}", 'a{background:url("")}'],
      ["a{background:url(https://example.org/a b.png)}", 'a{background:url("")}'],
      ["<!--url(https://example.org/a.png)", '<!--url("")'],
      ["@import url(theme.css); a{color:red}", "  a{color:red}"],
      ["@\\69mport 'https://example.org/theme.css';b{}", " b{}"],
      ["@font-face{src:url(https://example.org/f.woff2) format('woff2')}", "@font-face{src:url(\"\") format('woff2')}"],
      ["a{background-image:image-set('https://example.org/a.png' 1x, 'a.png' 2x)}", "a{background-image:image-set(\"\" 1x, 'a.png' 2x)}"],
      [":root{--picture:'https://example.org/a.png'}", ':root{--picture:""}'],
      ["a{background:url(data:text/html,<b>)}", 'a{background:url("")}'],
      ["a{mask:url('data:image/svg+xml,<svg/>')}", 'a{mask:url("")}'],
      // Escapes and comments hide nothing: each is read as browsers read it.
      ["a{background:\\75 RL(https://example.org/a.png)}", 'a{background:url("")}'],
      ["a{background:url(https\\3a //example.org/a.png)}", 'a{background:url("")}'],
      ["a{background:url(https://example.org/a.png\\ )}", 'a{background:url("")}'],
      ["a{background:url(https://example.org/a.png\\)", 'a{background:url("")'],
      ["a{background-image:image-set('https://example.org/a.png\\'", 'a{background-image:image-set(""'],
      [":root{--picture:'https://ex\\61mple.org/a.png'}", ':root{--picture:""}'],
      ["a{background:u\\72l(/*)} b{background:url(https://example.org/b.png)} /**/", 'a{background:url("")} b{background:url("")} /**/'],
      ["\ufeffurl(/*) '*/ ;} b{background:url(https://example.org/b.png)} '", "\ufeffurl(/*) '*/ ;} b{background:url(\"\")} '"],
      ["a{background:url(a b\\41) } b{background:url(https://example.org/b.png)}", 'a{background:url("") } b{background:url("")}'],
      ["a{background:image-set([)'data:image/svg+xml,<svg/>' 1x)}", 'a{background:image-set([)"" 1x)}'],
      ["@import/**/url(https://example.org/theme.css);b{}", " b{}"],
      ["/**/@\\IMPORT url(theme.css) screen;b{}", "/**/ b{}"],
      ["a{@import 'theme.css'} b{}", "a{ } b{}"],
    ];
    for (const [css, expected] of cases) assert.equal(safeCss(css), expected, css);
    for (const kept of [
      "a{background:url(slides/a.png)}",
      "a{background:url('/assets/materials/a.png')}",
      "a{fill:url(#gradient)}",
      "a{background:url(data:image/png;base64,iVBORw0KGgo=)}",
      "@font-face{src:url(data:font/woff2;base64,d09GMgAB)}",
      "/* url(https://example.org/a.png) */",
      "a::before{content:'see url(https://example.org/) and: more'}",
      "a/* @import url(https://example.org/theme.css); */{color:red}",
      'a::before{content:"\\"url(https://example.org/)"}',
      "a{background:url( slides/a\\ b.png )}",
      "a{font-family:'Lato', sans-serif}",
    ]) {
      assert.equal(safeCss(kept), kept, kept);
    }
  });

  test("the workshop-2022 Marp deck keeps every slide and its text, and cleaning it again changes nothing", () => {
    const original = decodeHtml(readFileSync(join(REPOSITORY, "assets/materials/workshop-2022/SBDI-pres.html")));
    const published = safeHtmlMaterial(original);
    assert.equal(safeHtmlMaterial(published), published);
    const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
    assert.ok(count(original, /<section\b/g) > 30);
    assert.equal(count(published, /<section\b/g), count(original, /<section\b/g));
    assert.equal(count(published, /<script\b|<iframe\b/g), 0);
    assert.match(htmlMaterialText(original), /Overview of the LA Community, collaboration recommendations & LA additional Tools/);
    // Its embedded web pages become links to them.
    assert.match(published, /<a href="https:\/\/toolkit\.gbif\.es\/">https:\/\/toolkit\.gbif\.es\/<\/a>/);
  });

  test("a file's own character set is honoured, and the copy is written in UTF-8", () => {
    const latin = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>Ja'), Buffer.from([0xe9]), Buffer.from("n</p>")]);
    assert.match(safeHtmlMaterial(decodeHtml(latin)), /<meta charset="utf-8">.*<p>Jaén<\/p>/);
    assert.equal(decodeHtml(Buffer.from([0xef, 0xbb, 0xbf, 0x4a, 0x61, 0xc3, 0xa9, 0x6e])), "Jaén");
    assert.equal(decodeHtml(Buffer.from([0x4a, 0x61, 0xe9, 0x6e])), "Jaén");
  });
});
