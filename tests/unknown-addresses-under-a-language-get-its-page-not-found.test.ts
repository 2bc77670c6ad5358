// On hosts that read _redirects, an unknown address under /es/, /fr/ or /pt/ is answered by the page not found in that
// language: one 404 rule per language but English, after every old address's redirect, so none of those is taken.
import assert from "node:assert/strict";
import { test } from "node:test";
import { redirectRules } from "../src/redirects/rules.ts";
import type { Site } from "../src/schema/site.ts";
import { readText, realSite } from "./helpers/site.ts";

const { site } = realSite("the page-not-found rules' test");

const rules = () =>
  readText(site, "_redirects")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"));

test("each language but English has a 404 rule to its own page not found, after every redirect", () => {
  const all = rules();
  const notFound = all.filter((line) => line.endsWith(" 404"));
  assert.deepEqual(notFound, ["/es/* /es/404.html 404", "/fr/* /fr/404.html 404", "/pt/* /pt/404.html 404"]);
  assert.deepEqual(all.slice(-notFound.length), notFound);
  assert.ok(all.length > notFound.length, "the old addresses' redirects come first");
  for (const line of all.slice(0, -notFound.length)) assert.match(line, / 301$/);
});

test("each rule leads to that language's page not found, which the build writes", () => {
  for (const code of ["es", "fr", "pt"]) {
    const page = readText(site, `${code}/404.html`);
    assert.match(page, new RegExp(`<html lang="${code}"`), code);
  }
});

const SITE = { title: "Test Atlases", url: "https://example.org/", basePath: "/" } as Site;
const languages = (...codes: string[]) => codes.map((code) => ({ code, name: code, direction: "ltr" })) as Site["languages"];

test("under a sub-path the rules gain the base path, and a site in English only has none", () => {
  assert.match(
    redirectRules({ ...SITE, basePath: "/la-website/", languages: languages("en", "fr") }, []),
    /^\/la-website\/fr\/\* \/la-website\/fr\/404\.html 404$/m,
  );
  assert.doesNotMatch(redirectRules({ ...SITE, languages: languages("en") }, []), / 404$/m);
  assert.doesNotMatch(redirectRules(SITE, []), / 404$/m);
});
