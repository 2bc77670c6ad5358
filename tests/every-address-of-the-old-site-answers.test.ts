// The site replaces the community's Jekyll site at the same address: every page and file that site served
// (tests/fixtures/old-addresses.csv, 123 addresses) still answers, each with its own new page or file.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { test } from "node:test";
import { parse } from "csv-parse/sync";
import { loadSiteContent } from "../src/content/load.ts";
import { servedFile } from "../src/redirects/old-addresses.ts";
import { elements, parseHtml } from "./helpers/html.ts";
import { isForwardingPage, readText, realSite, REPOSITORY } from "./helpers/site.ts";

const OLD_ADDRESSES = parse<{ old_address: string; old_source: string }>(readFileSync(join(import.meta.dirname, "fixtures/old-addresses.csv")), {
  columns: true,
});
const { site } = realSite("old-addresses");

/** What kind of page each part of the old site becomes: an event a workshop, a participant a portal's row, … */
const NEW_PLACE: Array<[RegExp, RegExp]> = [
  [/^_events\//, /^\/workshops\/[^/]+\/$/],
  [/^_participants\//, /^\/(partners\/[^/]+\/|map\/)#installation-[a-z0-9-]+$/],
  [/^_posts\//, /^\/news\/[^/]+\/$/],
  [/^_projects\//, /^\/projects\/[^/]+\/$/],
  [/^assets\//, /^(\/assets\/materials\/.+|https:\/\/github\.com\/gbif\/la-website\/raw\/[0-9a-f]{40}\/assets\/.+)$/],
  [/^[a-z-]+\.markdown$/, /^\/([a-z-]+\/)?$/],
];

interface Answer {
  /** Where a visitor ends up: the old address itself when a page or file is there, else the new address. */
  target: string;
  /** How: a page or file at the address, a forwarding page, or only the _redirects rule. */
  how: "served" | "forwarded" | "rule";
}

function rules(): Map<string, string> {
  // The last rules answer unknown addresses under a language's folder (unknown-addresses-under-a-language-get-its-page-not-found).
  const lines = readText(site, "_redirects")
    .split("\n")
    .filter((line) => line && !line.startsWith("#") && !/^\/[a-z]{2}\/\* \/[a-z]{2}\/404\.html 404$/.test(line));
  return new Map(
    lines.map((line) => {
      const [from, to, status] = line.split(" ");
      assert.equal(status, "301", line);
      return [decodeURI(from!), to!.startsWith("/") ? decodeURI(to!) : to!];
    }),
  );
}

function answer(path: string, redirects: Map<string, string>): Answer | undefined {
  const file = join(site, servedFile(path));
  if (existsSync(file)) {
    const html = file.endsWith(".html") ? readFileSync(file, "utf8") : "";
    if (!isForwardingPage(html)) return { target: redirects.get(path) ?? path, how: "served" };
    const refresh = elements(parseHtml(html), (element) => element.name === "meta" && element.attribs["http-equiv"] === "refresh")[0]!.attribs.content!;
    return { target: refresh.replace(/^0; url=/, ""), how: "forwarded" };
  }
  const rule = redirects.get(path);
  return rule ? { target: rule, how: "rule" } : undefined;
}

test("the fixture lists every address the old site served", () => {
  assert.equal(OLD_ADDRESSES.length, 123);
});

test("every old address answers, on a host that reads _redirects and on one that does not where it can", () => {
  const redirects = rules();
  const silent = OLD_ADDRESSES.filter(({ old_address }) => !answer(old_address, redirects)).map(({ old_address }) => old_address);
  assert.deepEqual(silent, []);
  // Only a file kept on another site needs the rule; every page and every file the repository holds answers anywhere.
  const ruleOnly = OLD_ADDRESSES.filter(({ old_address }) => answer(old_address, redirects)!.how === "rule");
  for (const { old_address } of ruleOnly) assert.match(redirects.get(old_address)!, /^https:\/\//, old_address);
  // Every address that is not answered by its own page is also a permanent redirect for hosts that read _redirects.
  for (const { old_address } of OLD_ADDRESSES) {
    const { how, target } = answer(old_address, redirects)!;
    if (how !== "served" || target !== old_address) assert.ok(redirects.has(old_address), `${old_address} has no _redirects rule`);
  }
});

test("each old address leads to the matching kind of page, which exists, and never to the home page", () => {
  const redirects = rules();
  for (const { old_address, old_source } of OLD_ADDRESSES) {
    const { target } = answer(old_address, redirects)!;
    if (old_address === "/") continue;
    assert.notEqual(target, "/", old_address);
    const place = NEW_PLACE.find(([source]) => source.test(old_source));
    assert.ok(place, `${old_source} is not a kind of old file the test knows`);
    if (target !== old_address) assert.match(target, place[1], `${old_address} -> ${target}`);
    if (!target.startsWith("/")) continue;
    const [path, anchor] = target.split("#");
    assert.ok(existsSync(join(site, servedFile(path!))), `${old_address} -> ${target}: nothing is there`);
    if (anchor)
      assert.ok(
        elements(parseHtml(readText(site, servedFile(path!))), (element) => element.attribs.id === anchor).length === 1,
        `${old_address} -> ${target}: no #${anchor}`,
      );
  }
});

test("old addresses lead to distinct places, unless the old site served one file at two addresses", () => {
  const redirects = rules();
  const { content } = loadSiteContent(REPOSITORY);
  const byTarget = new Map<string, string[]>();
  for (const { old_address } of OLD_ADDRESSES) {
    const { target } = answer(old_address, redirects)!;
    byTarget.set(target, [...(byTarget.get(target) ?? []), old_address]);
  }
  for (const [target, olds] of byTarget) {
    if (olds.length === 1) continue;
    // The same file under two names: one material entry lists both, and both end in the same file name.
    const declared = content.redirects.filter((redirect) => olds.includes(redirect.from));
    assert.equal(new Set(declared.map((redirect) => `${redirect.source} ${redirect.to}`)).size, 1, `${olds.join(", ")} all lead to ${target}`);
    assert.equal(new Set(olds.map((old) => basename(old))).size, 1, `${olds.join(", ")} all lead to ${target}`);
  }
});
