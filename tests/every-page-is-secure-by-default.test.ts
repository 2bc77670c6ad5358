// Every page carries a Content-Security-Policy that allows no inline script; nothing in the output has an
// inline event handler; links that open a new tab cannot reach back to this page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { elements, parseHtml } from "./helpers/html.ts";
import { listFiles, readText, realSite } from "./helpers/site.ts";

const { site, pages } = realSite("security");

const policyOf = (file: string) =>
  elements(
    parseHtml(readText(site, file)),
    (element) => element.name === "meta" && element.attribs["http-equiv"]?.toLowerCase() === "content-security-policy",
  )[0]?.attribs.content;

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))
    ?.slice(name.length + 1)
    .split(/\s+/) ?? [];

test("every page has a Content-Security-Policy meta tag, scripts from this site only and never inline", () => {
  for (const file of pages()) {
    const policy = policyOf(file);
    assert.ok(policy, file);
    assert.deepEqual(directive(policy, "default-src"), ["'self'"], file);
    const scripts = directive(policy, "script-src");
    assert.equal(scripts[0], "'self'", file);
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", "data:", "*", "https:"]) assert.ok(!scripts.includes(forbidden), `${file}: ${forbidden}`);
    assert.deepEqual(directive(policy, "object-src"), ["'none'"], file);
  }
});

test("only the search page, in each language, may compile WebAssembly, for Pagefind", () => {
  const searchPages = new Set(["search/index.html", "es/search/index.html", "fr/search/index.html", "pt/search/index.html"]);
  for (const file of pages()) {
    assert.equal(directive(policyOf(file)!, "script-src").includes("'wasm-unsafe-eval'"), searchPages.has(file), file);
  }
});

test("the _headers file sends the same policy, plus framing and sniffing protection", () => {
  const headers = readText(site, "_headers");
  assert.match(headers, /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; .*frame-ancestors 'self'\n/);
  assert.match(headers, /X-Content-Type-Options: nosniff/);
});

test("no element in any page, feed or material page has an inline event handler or a javascript: link", () => {
  const files = listFiles(site).filter((file) => /\.(html|xml)$/.test(file) && !file.startsWith("assets/materials/"));
  for (const file of files) {
    const page = parseHtml(readText(site, file));
    const bad = elements(
      page,
      (element) =>
        Object.keys(element.attribs).some((name) => name.startsWith("on")) || Object.values(element.attribs).some((value) => /^\s*javascript:/i.test(value)),
    );
    assert.deepEqual(
      bad.map((element) => element.name),
      [],
      file,
    );
  }
});

test("every link that opens a new tab has rel=noopener", () => {
  for (const file of pages()) {
    const blank = elements(parseHtml(readText(site, file)), (element) => element.name === "a" && element.attribs.target === "_blank");
    for (const link of blank) assert.match(link.attribs.rel ?? "", /\bnoopener\b/, `${file}: ${link.attribs.href}`);
  }
});

test("no page loads anything from another host", () => {
  for (const file of pages()) {
    const page = parseHtml(readText(site, file));
    const loaded = elements(
      page,
      (element) => ["script", "img", "source", "iframe"].includes(element.name) || (element.name === "link" && element.attribs.rel === "stylesheet"),
    )
      .map((element) => element.attribs.src ?? element.attribs.href ?? element.attribs.srcset ?? "")
      .filter((url) => /^(https?:)?\/\//.test(url));
    assert.deepEqual(loaded, [], file);
  }
});
