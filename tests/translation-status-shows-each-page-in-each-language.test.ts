// Translators see, for each language but English, every page of the site: translated, outdated (with the original's
// commits since the translation) or missing, in the order of the content types and then by file, with the link that
// edits or creates its translation on GitHub. The status is computed once, from the communities, for the
// /translations/ page in every language and for `npm run translations`.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Element } from "domhandler";
import { DomUtils } from "htmlparser2";
import { buildCommunities } from "../src/collections/community.ts";
import { createAddress, editAddress, translationStatus } from "../src/collections/translation-status.ts";
import { loadSiteContent } from "../src/content/load.ts";
import { formatProblem } from "../src/content/problems.ts";
import { elements, parseHtml, text, type Page } from "./helpers/html.ts";
import { removeTemporary } from "./helpers/repository.ts";
import { build } from "./helpers/site.ts";
import { CHANGE, translatedRepository, type TranslatedRepository } from "./helpers/translated-repository.ts";

let repository: TranslatedRepository;
before(() => (repository = translatedRepository()));
after(() => removeTemporary(repository?.root));

const statusOf = () => {
  const loaded = loadSiteContent(repository.root);
  assert.deepEqual(loaded.problems.map(formatProblem), []);
  return translationStatus(buildCommunities(loaded.content, "2026-03-01", repository.root));
};

describe("the status computation", () => {
  test("lists each language but English, each with every record of every collection, by content type and then by file", () => {
    const languages = statusOf();
    assert.deepEqual(
      languages.map(({ language }) => language.code),
      ["es", "fr"],
    );
    assert.deepEqual(
      languages.map(({ records }) => records.map(({ file, state }) => `${file} ${state}`)),
      [
        [
          "content/about.es.md outdated",
          "content/pages/apply.es.md missing",
          "content/pages/faq.es.md missing",
          "content/workshops/test-workshop.es.md missing",
          "content/workshops/zz-online-2019.es.md missing",
          "content/partners/gbif-spain.es.md missing",
          "content/news/2020-01-01-hello.es.md missing",
          "content/projects/test-project.es.md missing",
        ],
        [
          "content/about.fr.md missing",
          "content/pages/apply.fr.md missing",
          "content/pages/faq.fr.md current",
          "content/workshops/test-workshop.fr.md missing",
          "content/workshops/zz-online-2019.fr.md missing",
          "content/partners/gbif-spain.fr.md missing",
          "content/news/2020-01-01-hello.fr.md missing",
          "content/projects/test-project.fr.md missing",
        ],
      ],
    );
  });

  test("counts translated (outdated included), outdated and missing records per language", () => {
    assert.deepEqual(
      statusOf().map(({ counts }) => counts),
      [
        { records: 8, translated: 1, outdated: 1, missing: 7 },
        { records: 8, translated: 1, outdated: 0, missing: 7 },
      ],
    );
  });

  test("an original changed after the translation's source_commit is outdated, listing that commit; a current one lists none", () => {
    const [spanish, french] = statusOf();
    const about = spanish!.records.find(({ original }) => original === "content/about.md")!;
    assert.equal(about.state, "outdated");
    assert.deepEqual(about.changes, [{ hash: repository.change, date: CHANGE.date, subject: CHANGE.subject }]);
    assert.equal(about.title, "Acerca de");
    assert.equal(about.textLanguage, "es");
    const faq = french!.records.find(({ original }) => original === "content/pages/faq.md")!;
    assert.deepEqual([faq.state, faq.changes, faq.title], ["current", [], "Questions fréquentes"]);
    const missing = french!.records.find(({ original }) => original === "content/about.md")!;
    assert.deepEqual([missing.title, missing.textLanguage], ["About", "en"]);
  });

  test("links edit a translation that exists in GitHub's editor, and create a missing one with its folder and name filled in", () => {
    const site = { repository: "https://github.com/example/site", branch: "main" };
    assert.equal(editAddress(site, "content/about.es.md"), "https://github.com/example/site/edit/main/content/about.es.md");
    assert.equal(createAddress(site, "content/pages/faq.es.md"), "https://github.com/example/site/new/main/content/pages?filename=faq.es.md");
  });
});

describe("the /translations/ page", () => {
  const output = mkdtempSync(join(tmpdir(), "living-atlases-translations-page-"));
  after(() => removeTemporary(output));
  let built: { status: number | null; stderr: string } | undefined;
  const page = (path: string): Page => {
    built ??= build(repository.root, output);
    assert.equal(built.status, 0, built.stderr);
    return parseHtml(readFileSync(join(output, path, "index.html"), "utf8"));
  };
  const sectionOf = (document: Page, code: string) =>
    elements(document, (element) => element.name === "section" && element.attribs["aria-labelledby"] === `translations-${code}`)[0]!;
  /** The elements named `name` inside `parent`. */
  const within = (parent: Element, name: string) => DomUtils.findAll((element) => element.name === name, parent.children);
  /** A language's table rows, its head left out. */
  const rows = (section: Element) => within(section, "tr").slice(1);
  const linkOf = (row: Element) => within(row, "a")[0]?.attribs.href;

  test("is made in every language, with a section per language but English under its heading, and no script", () => {
    for (const [path, heading] of [
      ["translations", "Translations"],
      ["es/translations", "Traducciones"],
      ["fr/translations", "Traductions"],
    ] as const) {
      const document = page(path);
      assert.equal(text(elements(document, (element) => element.name === "h1")[0]!), heading, path);
      const headings = elements(document, (element) => element.name === "h2" && element.attribs.id?.startsWith("translations-") === true);
      assert.deepEqual(
        headings.map((element) => [element.attribs.id, text(element), element.attribs.lang]),
        [
          ["translations-es", "Español", "es"],
          ["translations-fr", "Français", "fr"],
        ],
        path,
      );
      assert.deepEqual(
        elements(document, (element) => element.name === "script" && element.attribs.type !== "application/ld+json"),
        [],
      );
    }
  });

  test("sums up each language in a sentence of the page's language", () => {
    const summary = (document: Page, code: string) => text(within(sectionOf(document, code), "p")[0]!);
    assert.equal(summary(page("translations"), "es"), "1 of 8 pages translated, 1 of them out of date.");
    assert.equal(summary(page("translations"), "fr"), "1 of 8 pages translated.");
    assert.equal(summary(page("es/translations"), "es"), "1 de 8 páginas traducidas, 1 de ellas desactualizada.");
    assert.equal(summary(page("fr/translations"), "es"), "1 page traduite sur 8, dont 1 à mettre à jour.");
  });

  test("shows each page's state, the outdated one's changes linked to their commit, and links that edit or create each translation", () => {
    const spanish = rows(sectionOf(page("translations"), "es"));
    assert.equal(spanish.length, 8);
    const [about, apply] = spanish;
    assert.match(
      text(about!),
      /^Acerca de\s*Out of date\s*Changes to the original since it was translated:\s*3 February 2026 Say that we train people\s*Edit$/,
    );
    const aboutLinks = within(about!, "a").map((link) => link.attribs.href);
    assert.deepEqual(aboutLinks, [
      "/es/about/",
      `https://github.com/example/site/commit/${repository.change}`,
      "https://github.com/example/site/edit/main/content/about.es.md",
    ]);
    // A page not translated yet names the original, in its language, and links only to the form that creates its translation.
    assert.match(text(apply!), /^Zebra crossing\s*Not translated\s*Create$/);
    assert.equal(linkOf(apply!), "https://github.com/example/site/new/main/content/pages?filename=apply.es.md");
    const french = rows(sectionOf(page("es/translations"), "fr"));
    const faq = french.find((row) => text(row).startsWith("Questions fréquentes"))!;
    assert.match(text(faq), /^Questions fréquentes\s*Traducida\s*Editar$/);
    assert.equal(linkOf(faq), "/fr/faq/");
    const untranslated = french.find((row) => text(row).startsWith("Zebra crossing"))!;
    assert.equal(within(untranslated, "th")[0]!.attribs.lang, "en");
  });
});
