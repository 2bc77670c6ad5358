// redirect_from: every old address is a path, leads to exactly one place and never hides a page or a file the build
// writes; the build answers each with a forwarding page or a copy of the material, and lists all in _redirects.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { byTag, elements, parseHtml } from "./helpers/html.ts";
import { show } from "../src/schema/fields.ts";
import { makeRepository, problemsIn, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { build, listFiles, oldAddressFiles, readText } from "./helpers/site.ts";

const WORKSHOP = "content/workshops/test-workshop.md";
const FAQ = "content/pages/faq.md";
const withLines = (file: string, after: string, lines: string) => VALID_FILES[file]!.replace(after, `${after}${lines}`);
const faqWith = (lines: string) => withLines(FAQ, "summary: Questions.\n", lines);
const materialWith = (lines: string) => withLines(WORKSHOP, "    authors: [Ana Pérez]\n", lines);
const EXPECTED = "expected a path the old site served, starting with /, such as /events/workshop-2016/";
const TAKEN = "expected an old address that no page or file of this site uses now";

describe("npm run check refuses an old address that is not a path on this site", () => {
  const cases: Array<[string, string]> = [
    ["https://old.example.org/faq/", "is a full web address; write the path alone"],
    ["faq.html", "does not start with /"],
    ["/faq.php?id=3", "has a query or an anchor, which never reach the server"],
    ["/faq/#top", "has a query or an anchor, which never reach the server"],
    ["//evil.example/faq/", "points at another site without saying https://"],
    ["/docs/../faq/", "reaches outside its folder with .."],
    ["/docs/%2e%2e/faq/", "reaches outside its folder with .."],
    ["javascript:alert(1)", "is not a path on this site"],
    ["/faq\\\\old/", "has spaces around it, a control character or a backslash"],
    ["/100%/", `has "%" that is not followed by two hexadecimal digits`],
    ["/assets//materials/test-workshop/slides.pdf", "has two slashes in a row"],
    ["/news./", "has a part that ends in a dot or a space, which some disks drop"],
    ["/news /", "has a part that ends in a dot or a space, which some disks drop"],
    ["/%2561bout/", "has a percent sign, which hosts would read as the start of an encoded character"],
    ["/.well-known/security.txt", "has a part that starts with a dot, such as /.well-known/, which hosts and other services reserve"],
    ["/_worker.js/", "starts with _, which hosts read as their own settings, such as /_redirects"],
    [`/${"a".repeat(201)}/`, "is longer than a file name may be"],
  ];
  for (const [value, message] of cases) {
    test(`${show(value)} ${message}`, () => {
      assert.deepEqual(problemsIn({ [FAQ]: faqWith(`redirect_from:\n  - ${JSON.stringify(value)}\n`) }), [
        `${FAQ}:5: redirect_from[0]: ${show(value)} ${message} (${EXPECTED})`,
      ]);
    });
  }
});

test("a Bluesky DID that is not one is refused, so the published proof cannot hold anything else", () => {
  assert.deepEqual(problemsIn({ "_data/site.yaml": `${VALID_FILES["_data/site.yaml"]}blueskyDid: "<script>alert(1)</script>"\n` }), [
    `_data/site.yaml:10: blueskyDid: "<script>alert(1)</script>" is not a DID (expected a DID such as did:plc:zygigy4qdk2vutih32kzd5qa)`,
  ]);
});

describe("npm run check refuses an old address that collides", () => {
  test("with a page made from content, a page the site generates, or the home page", () => {
    assert.deepEqual(problemsIn({ [FAQ]: faqWith("redirect_from: [/about/, /about, /about/index.html, /workshops/, /feed.xml, /]\n") }), [
      `${FAQ}:4: redirect_from[0]: "/about/" is the address of content/about.md (${TAKEN})`,
      `${FAQ}:4: redirect_from[1]: "/about" is the address of content/about.md (${TAKEN})`,
      `${FAQ}:4: redirect_from[2]: "/about/index.html" is the address of content/about.md (${TAKEN})`,
      `${FAQ}:4: redirect_from[3]: "/workshops/" is the address of a page the site generates (${TAKEN})`,
      `${FAQ}:4: redirect_from[4]: "/feed.xml" is the address of a page the site generates (${TAKEN})`,
      `${FAQ}:4: redirect_from[5]: "/" is the address of a page the site generates (${TAKEN})`,
    ]);
  });

  test("with a file the build writes: a material, a calendar, search, bundles, _redirects", () => {
    const old = [
      "/assets/materials/test-workshop/slides.pdf",
      "/workshops/test-workshop/event.ics",
      "/pagefind/pagefind.js",
      "/assets/site.css",
      "/_redirects",
      "/assets/images/generated/x.webp",
    ];
    assert.deepEqual(problemsIn({ [WORKSHOP]: materialWith(`    redirect_from: [${old.join(", ")}]\n`) }), [
      `${WORKSHOP}:17: materials[0].redirect_from[0]: "/assets/materials/test-workshop/slides.pdf" is the address of the file assets/materials/test-workshop/slides.pdf (${TAKEN})`,
      `${WORKSHOP}:17: materials[0].redirect_from[1]: "/workshops/test-workshop/event.ics" is the address of the calendar of ${WORKSHOP} (${TAKEN})`,
      `${WORKSHOP}:17: materials[0].redirect_from[2]: "/pagefind/pagefind.js" is under /pagefind/, which the build fills itself (${TAKEN})`,
      `${WORKSHOP}:17: materials[0].redirect_from[3]: "/assets/site.css" is under /assets/, which the build fills itself (${TAKEN})`,
      `${WORKSHOP}:17: materials[0].redirect_from[4]: "/_redirects" starts with _, which hosts read as their own settings, such as /_redirects (${EXPECTED})`,
      `${WORKSHOP}:17: materials[0].redirect_from[5]: "/assets/images/generated/x.webp" is under /assets/images/, which the build fills itself (${TAKEN})`,
    ]);
  });

  test("with another old address, in any spelling a host serves the same way; the first file listed keeps it", () => {
    const partner = VALID_FILES["content/partners/gbif-spain.md"]!.replace("joined: 2013\n", "joined: 2013\nredirect_from:\n  - /participants/gbif_spain\n");
    assert.deepEqual(
      problemsIn({
        [FAQ]: faqWith("redirect_from:\n  - /faq.html\n  - /participants/gbif_spain/\n  - /old%20faq/\n  - /old faq/\n"),
        "content/partners/gbif-spain.md": partner,
      }),
      [
        `${FAQ}:8: redirect_from[3]: "/old faq/" is already listed in ${FAQ} at line 7 (expected each old address listed once)`,
        `content/partners/gbif-spain.md:8: redirect_from[0]: "/participants/gbif_spain" is already listed in ${FAQ} at line 6 (expected each old address listed once)`,
      ],
    );
  });

  test("in another letter case or Unicode form, as a folder around a file, or as a pattern that redirect rules would expand", () => {
    assert.deepEqual(
      problemsIn({ [FAQ]: faqWith("redirect_from: [/About/, /feed.xml/, /old/x.html, /old/x.html/y/, /*, /news/:title/, /newſ/, /pagefind, /assets/]\n") }),
      [
        `${FAQ}:4: redirect_from[0]: "/About/" is the address of content/about.md (${TAKEN})`,
        `${FAQ}:4: redirect_from[1]: "/feed.xml/" would put a file and a folder at the same place as a page the site generates (${TAKEN})`,
        `${FAQ}:4: redirect_from[3]: "/old/x.html/y/" would put a file and a folder at the same place as the old address /old/x.html in ${FAQ} (${TAKEN})`,
        `${FAQ}:4: redirect_from[4]: "/*" has * or /:, which redirect rules read as a pattern matching other addresses (${EXPECTED})`,
        `${FAQ}:4: redirect_from[5]: "/news/:title/" has * or /:, which redirect rules read as a pattern matching other addresses (${EXPECTED})`,
        `${FAQ}:4: redirect_from[6]: "/newſ/" is the address of a page the site generates (${TAKEN})`,
        `${FAQ}:4: redirect_from[7]: "/pagefind" is under /pagefind/, which the build fills itself (${TAKEN})`,
        `${FAQ}:4: redirect_from[8]: "/assets/" is under /assets/, which the build fills itself (${TAKEN})`,
      ],
    );
  });

  test("beside a page as the .html file some hosts serve in its place, unless it is that page's own old address", () => {
    const site = `${VALID_FILES["_data/site.yaml"]}redirects:\n  /about.html: /workshops/\n  /faq.html: /faq/\n`;
    assert.deepEqual(problemsIn({ "_data/site.yaml": site, [FAQ]: faqWith("redirect_from: [/news.htm, /FAQ/index.html]\n") }), [
      `_data/site.yaml:11: redirects./about.html: "/about.html" would stand in for content/about.md on hosts that serve /about.html for /about/ (${TAKEN})`,
      `${FAQ}:4: redirect_from[0]: "/news.htm" would stand in for a page the site generates on hosts that serve /news.htm for /news/ (${TAKEN})`,
      `${FAQ}:4: redirect_from[1]: "/FAQ/index.html" is the address of ${FAQ} (${TAKEN})`,
    ]);
  });

  test("a material's old address is never at the root, where files prove who owns the domain", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: materialWith("    redirect_from: [/google1234.pdf]\n") }), [
      `${WORKSHOP}:17: materials[0].redirect_from[0]: "/google1234.pdf" is at the root of the site, where files prove who owns the domain (expected an old address inside a folder, such as /assets/presentation/<event>/<file>)`,
    ]);
  });

  test("a target that is not an address, or a site.yaml redirect to another site, is a problem line and never a crash", () => {
    const site = `${VALID_FILES["_data/site.yaml"]}redirects:\n  /old/: "https:"\n  /elsewhere/: https://evil.example/\n  /spaced/: " /faq/"\n`;
    const workshop = materialWith("    redirect_from: [/old/x.pdf]\n").replace("url: /assets/materials/test-workshop/slides.pdf", 'url: "https:"');
    assert.deepEqual(problemsIn({ "_data/site.yaml": site, [WORKSHOP]: workshop }), [
      `_data/site.yaml:11: redirects./old/: "https:" is not a valid address (expected an https:// address or a path on this site starting with /)`,
      `_data/site.yaml:12: redirects./elsewhere/: "https://evil.example/" is on another site (expected a path on this site, such as /workshops/)`,
      `${WORKSHOP}:14: materials[0].url: "https:" is not a valid address (expected an https:// address or a path on this site starting with /)`,
    ]);
  });

  test("an old file address belongs on its material, and a material's old address is the same kind of file", () => {
    assert.deepEqual(
      problemsIn({
        [FAQ]: faqWith("redirect_from: [/files/faq.pdf]\n"),
        [WORKSHOP]: materialWith("    redirect_from: [/assets/presentation/slides.pptx, /assets/presentation/slides.PDF, /events/test/slides/]\n"),
      }),
      [
        `${FAQ}:4: redirect_from[0]: "/files/faq.pdf" is the address of a file, which a page cannot stand in for (expected a page address ending in / or .html; list a file's old address on its material)`,
        `${WORKSHOP}:17: materials[0].redirect_from[0]: "/assets/presentation/slides.pptx" is not the same kind of file as the material (expected an old address ending in .pdf)`,
      ],
    );
  });

  test("site.yaml's redirects lead to a page that exists", () => {
    const site = `${VALID_FILES["_data/site.yaml"]}redirects:\n  /events/: /workshops/\n  /participants/: /nowhere/\n  /about/: /faq/\n`;
    assert.deepEqual(problemsIn({ "_data/site.yaml": site }), [
      `_data/site.yaml:12: redirects./participants/: "/nowhere/" is not a page or file on this site (expected a page address ending in / or a file under /assets/)`,
      `_data/site.yaml:13: redirects./about/: "/about/" is the address of content/about.md (${TAKEN})`,
    ]);
  });
});

test("a link to this site's own published address must lead to something the site answers, old addresses included", () => {
  const workshop = materialWith(
    "    redirect_from: [/assets/presentation/slides.pdf]\n  - title: Poster\n    url: https://example.org/assets/presentation/poster.pdf\n    kind: poster\n",
  ).replace(
    "Body text.",
    "See [the FAQ](https://example.org/faq), [the slides](https://example.org/assets/presentation/slides.pdf), [the calendar](https://example.org/workshops/test-workshop/event.ics), [home](https://example.org/index.html), [the old list](https://example.org/events/) and [another](http://EXAMPLE.org./nothing/).",
  );
  const own = `is on this site's own address, where nothing answers it (expected a path on this site, or the address where the file is kept)`;
  assert.deepEqual(problemsIn({ [WORKSHOP]: workshop }), [
    `${WORKSHOP}:19: materials[1].url: "https://example.org/assets/presentation/poster.pdf" ${own}`,
    `${WORKSHOP}:23: body: "http://EXAMPLE.org./nothing/" ${own}`,
    `${WORKSHOP}:23: body: "https://example.org/events/" ${own}`,
  ]);
});

describe("the build answers every old address", () => {
  const folder = mkdtempSync(join(tmpdir(), "living-atlases-old-addresses-"));
  const output = join(folder, "_site");
  const subPath = join(folder, "_sub");
  const files = {
    [FAQ]: faqWith("redirect_from:\n  - /faq.html\n  - /about/questions/\n  - /help\n"),
    [WORKSHOP]: materialWith("    redirect_from:\n      - /assets/presentation/test workshop/slides & notes.pdf\n").replace(
      "participants: test-workshop.csv\n",
      "participants: test-workshop.csv\nredirect_from: [/events/test_workshop/]\n",
    ),
    "_data/installations.yaml": `${VALID_FILES["_data/installations.yaml"]}  redirect_from: [/participants/test_portal/]\n`,
    "_data/site.yaml": `${VALID_FILES["_data/site.yaml"]}blueskyDid: did:plc:zygigy4qdk2vutih32kzd5qa\nredirects:\n  /events/: /workshops/\n`,
  };
  let root: string;
  before(() => {
    root = makeRepository(files);
    for (const [target, environment] of [
      [output, {}],
      [subPath, { SITE_BASE_PATH: "/la-website/", SITE_URL: "https://example.github.io" }],
    ] as const) {
      const result = build(root, target, environment);
      assert.equal(result.status, 0, result.stderr);
    }
  });
  after(() => {
    removeTemporary(folder);
    removeTemporary(root);
  });

  test("each old page address holds a forwarding page: refresh, canonical, a visible link, noindex and no script", () => {
    const expected: Array<[string, string, string]> = [
      ["about/questions/index.html", "/faq/", "https://example.org/faq/"],
      ["help/index.html", "/faq/", "https://example.org/faq/"],
      ["events/test_workshop/index.html", "/workshops/test-workshop/", "https://example.org/workshops/test-workshop/"],
      [
        "participants/test_portal/index.html",
        "/partners/gbif-spain/#installation-test-portal",
        "https://example.org/partners/gbif-spain/#installation-test-portal",
      ],
      ["events/index.html", "/workshops/", "https://example.org/workshops/"],
    ];
    for (const [file, href, canonical] of expected) {
      const page = parseHtml(readText(output, file));
      const meta = (test: (attributes: Record<string, string>) => boolean) =>
        elements(page, (element) => element.name === "meta" && test(element.attribs))[0]?.attribs.content;
      assert.equal(
        meta((attributes) => attributes["http-equiv"] === "refresh"),
        `0; url=${href}`,
        file,
      );
      assert.equal(
        meta((attributes) => attributes.name === "robots"),
        "noindex",
        file,
      );
      assert.match(meta((attributes) => attributes["http-equiv"] === "Content-Security-Policy") ?? "", /script-src 'self'/, file);
      assert.equal(elements(page, (element) => element.name === "link" && element.attribs.rel === "canonical")[0]?.attribs.href, canonical, file);
      assert.deepEqual(
        byTag(page, "a").map((link) => link.attribs.href),
        [href],
        file,
      );
      assert.deepEqual(byTag(page, "script"), [], file);
      assert.match(readText(output, file), /^<!DOCTYPE html>\n<html lang="en"/, file);
    }
  });

  test("an old /x.html beside its own page /x/ is that page again, so hosts that serve x.html for /x/ cannot loop", () => {
    assert.equal(readText(output, "faq.html"), readText(output, "faq/index.html"));
    assert.match(readText(output, "faq.html"), /<link rel="canonical" href="https:\/\/example\.org\/faq\/"/);
  });

  test("a material keeps its old file address: the same bytes are published there", () => {
    assert.deepEqual(
      readFileSync(join(output, "assets/presentation/test workshop/slides & notes.pdf")),
      readFileSync(join(root, "assets/materials/test-workshop/slides.pdf")),
    );
  });

  test("_redirects lists every old address, percent-encoded, as a permanent redirect to its new address", () => {
    assert.equal(
      readText(output, "_redirects"),
      [
        "# Addresses of the site this one replaced (redirect_from in content), each leading to its new address.",
        "/about/questions/ /faq/ 301",
        "/assets/presentation/test%20workshop/slides%20&%20notes.pdf /assets/materials/test-workshop/slides.pdf 301",
        "/events/ /workshops/ 301",
        "/events/test_workshop/ /workshops/test-workshop/ 301",
        "/faq.html /faq/ 301",
        "/help /faq/ 301",
        "/participants/test_portal/ /partners/gbif-spain/#installation-test-portal 301",
        "",
      ].join("\n"),
    );
  });

  test("what stands at old addresses stays out of the sitemap and the search index", () => {
    const sitemap = readText(output, "sitemap.xml");
    for (const old of ["faq.html", "about/questions/", "help/", "events/"]) assert.ok(!sitemap.includes(`https://example.org/${old}<`), old);
    // The index holds the searchable pages and the one material, and no forwarding page.
    const old = oldAddressFiles(output);
    assert.ok(old.has("faq.html") && old.has("events/index.html"));
    const searchable = listFiles(output).filter((file) => file.endsWith(".html") && !old.has(file) && readText(output, file).includes("data-pagefind-body"));
    assert.ok(searchable.every((file) => !readText(output, file).includes('http-equiv="refresh"')));
    const entry = JSON.parse(readText(output, "pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    assert.equal(entry.languages.en!.page_count, searchable.length + 1);
  });

  test("the Bluesky handle that is the site's domain keeps verifying: its DID is at /.well-known/atproto-did", () => {
    assert.equal(readText(output, ".well-known/atproto-did"), "did:plc:zygigy4qdk2vutih32kzd5qa");
  });

  test("under a sub-path, old addresses and their targets both gain the base path", () => {
    assert.match(readText(subPath, "_redirects"), /^\/la-website\/events\/test_workshop\/ \/la-website\/workshops\/test-workshop\/ 301$/m);
    const page = parseHtml(readText(subPath, "events/test_workshop/index.html"));
    assert.equal(
      elements(page, (element) => element.name === "meta" && element.attribs["http-equiv"] === "refresh")[0]?.attribs.content,
      "0; url=/la-website/workshops/test-workshop/",
    );
    assert.deepEqual(
      byTag(page, "a").map((link) => link.attribs.href),
      ["/la-website/workshops/test-workshop/"],
    );
    assert.equal(
      elements(page, (element) => element.name === "link" && element.attribs.rel === "canonical")[0]?.attribs.href,
      "https://example.github.io/la-website/workshops/test-workshop/",
    );
  });
});
