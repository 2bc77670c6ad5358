// A translation beside its original holds only what a reader reads in another language; anything else is a problem
// line, and the translation is dated against the original's history, so a change to the original marks it outdated.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { loadSiteContent } from "../src/content/load.ts";
import { formatProblem, sortProblems } from "../src/content/problems.ts";
import { buildCommunities } from "../src/collections/community.ts";
import { makeRepository, removeTemporary, type RepositoryFiles } from "./helpers/repository.ts";
import { WITH_LANGUAGES } from "./helpers/translated-repository.ts";
import { build } from "./helpers/site.ts";

const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const translation = (fields: string, body = "Cuerpo traducido.") => `---\nsource_commit: ${COMMIT}\n${fields}\n---\n\n${body}\n`;

function problemsWith(changes: RepositoryFiles): string[] {
  const root = makeRepository({ "_data/site.yaml": WITH_LANGUAGES, ...changes });
  try {
    return sortProblems(loadSiteContent(root).problems).map(formatProblem);
  } finally {
    removeTemporary(root);
  }
}

describe("a translation holds only translatable fields", () => {
  test("a valid translation of a page, a workshop and a news post loads without a problem", () => {
    assert.deepEqual(
      problemsWith({
        "content/about.es.md": translation("title: Acerca de\nsummary: Quiénes somos."),
        "content/workshops/test-workshop.es.md": translation(
          "title: Taller de prueba\nsummary: Cinco días en Madrid.\nmaterials:\n  - url: /assets/materials/test-workshop/slides.pdf\n    title: Diapositivas",
        ),
        "content/news/2020-01-01-hello.es.md": translation("title: Hola\nsummary: Primera noticia."),
      }),
      [],
    );
  });

  test("a fact such as a date is refused on its line, and the message says to change it in the original", () => {
    assert.deepEqual(problemsWith({ "content/workshops/test-workshop.es.md": translation("title: Taller\nsummary: Cinco días.\nstart: 2018-02-20") }), [
      "content/workshops/test-workshop.es.md:5: start: is a fact, taken from the original, that a translation cannot change (expected only source_commit, title, summary, materials; change it in the original)",
    ]);
  });

  test("an unknown field is refused with a suggestion", () => {
    assert.deepEqual(problemsWith({ "content/about.es.md": translation("title: Acerca de\nsumary: Quiénes somos.") }), [
      "content/about.es.md:2: summary: missing (expected text of at most 300 characters)",
      'content/about.es.md:4: sumary: unknown field (did you mean "summary"?)',
    ]);
  });

  test("a missing or malformed source_commit is refused", () => {
    const [problem] = problemsWith({ "content/about.es.md": "---\nsource_commit: yesterday\ntitle: Acerca de\nsummary: Quiénes somos.\n---\n\nTexto.\n" });
    assert.match(problem ?? "", /^content\/about\.es\.md:2: source_commit: "yesterday" is not a commit \(expected the original's last commit/);
  });

  test("a material that is not one of the original's is refused on its line", () => {
    assert.deepEqual(
      problemsWith({
        "content/workshops/test-workshop.es.md": translation(
          "title: Taller\nsummary: Cinco días.\nmaterials:\n  - url: /assets/materials/other.pdf\n    title: Otro",
        ),
      }),
      [
        'content/workshops/test-workshop.es.md:6: materials[0].url: "/assets/materials/other.pdf" is not one of the original\'s materials (expected the address of a material in content/workshops/test-workshop.md)',
      ],
    );
  });

  test("a language the site does not list, and an original that does not exist, are refused by the file name", () => {
    assert.deepEqual(
      problemsWith({
        "content/about.de.md": translation("title: Über uns\nsummary: Wer wir sind."),
        "content/pages/missing.es.md": translation("title: Nada\nsummary: Nada."),
      }),
      [
        'content/about.de.md:1: file name: names the language "de", which the site does not translate into (expected one of es, fr, as listed in _data/site.yaml)',
        "content/pages/missing.es.md:1: file name: translates content/pages/missing.md, which does not exist (expected the original's file name with .es before .md)",
      ],
    );
  });

  test("a translated body is checked like any body: no scripts, no links to pages that do not exist, no new pictures", () => {
    const problems = problemsWith({
      "content/about.es.md": translation(
        "title: Acerca de\nsummary: Quiénes somos.",
        "<script>alert(1)</script>\n\n[roto](/no-such-page/)\n\n![foto](/assets/images/nueva.png)",
      ),
    });
    assert.ok(
      problems.some((line) => /^content\/about\.es\.md:\d+: body: .*script/i.test(line)),
      problems.join("\n"),
    );
    assert.ok(
      problems.some((line) => line.includes("links to /no-such-page/, which is not a page or file of this site")),
      problems.join("\n"),
    );
    assert.ok(
      problems.some((line) => line.includes("/assets/images/nueva.png")),
      problems.join("\n"),
    );
  });
});

describe("what a translation or the language list cannot do", () => {
  test("a page or an old address inside a language's folder is refused, before it could take a translated page's address", () => {
    assert.deepEqual(
      problemsWith({
        "content/pages/es.md": "---\ntitle: Spanish\nsummary: A page named like the Spanish folder.\n---\n\nText.\n",
        "content/pages/faq.md": "---\ntitle: FAQ\nsummary: Questions.\nredirect_from: [/es/faq/]\n---\n\nAn answer.\n",
      }),
      [
        "content/pages/es.md:1: file name: gives the address /es/, inside /es/, where the site's pages in Español are (expected another file name)",
        "content/pages/faq.md:4: redirect_from[0]: \"/es/faq/\" is inside /es/, where the site's pages in Español are (expected an old address outside the folders of the site's languages)",
      ],
    );
  });

  test("the language content is written in takes no description of its own", () => {
    const site = WITH_LANGUAGES.replace(
      "    name: English\n    direction: ltr\n",
      "    name: English\n    direction: ltr\n    description: Another description.\n",
    );
    assert.deepEqual(problemsWith({ "_data/site.yaml": site }), [
      "_data/site.yaml:14: languages[0].description: is given for the language content is written in (expected it only on the other languages: this one's is the description at the top of the file)",
    ]);
  });

  test("a material named twice, and an image the original does not show, are refused", () => {
    assert.deepEqual(
      problemsWith({
        "content/workshops/test-workshop.es.md": translation(
          "title: Taller\nsummary: Cinco días.\nmaterials:\n  - url: /assets/materials/test-workshop/slides.pdf\n    title: Uno\n  - url: /assets/materials/test-workshop/slides.pdf\n    title: Dos",
        ),
        "content/news/2020-01-01-hello.es.md": translation("title: Hola\nsummary: Primera noticia.\nimage:\n  alt: Una foto"),
      }),
      [
        "content/news/2020-01-01-hello.es.md:5: image: is given, but the original shows no image (expected image only when the original has one)",
        'content/workshops/test-workshop.es.md:8: materials[1].url: "/assets/materials/test-workshop/slides.pdf" is given twice (expected each material once)',
      ],
    );
  });

  test("a translation may not link to a draft, nor to an address of this site where nothing answers", () => {
    const problems = problemsWith({
      "content/pages/secret.md": "---\ntitle: Secret\nsummary: Not yet.\ndraft: true\n---\n\nSoon.\n",
      "content/about.es.md": translation("title: Acerca de\nsummary: Quiénes somos.", "[pronto](/secret/) y [nada](https://example.org/nope/)"),
    });
    assert.deepEqual(problems, [
      "content/about.es.md:7: body: links to /secret/, a draft left out of the published site (expected a published page, or remove draft: true from it)",
      "content/about.es.md:7: body: links to https://example.org/nope/, which is not a page or file of this site (expected a path the original could link to)",
    ]);
  });
});

describe("a translation is dated against its original's history", () => {
  const root = makeRepository({ "_data/site.yaml": WITH_LANGUAGES });
  const output = join(root, "_site");
  const git = (...args: string[]) => {
    const run = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], {
      cwd: root,
      encoding: "utf8",
    });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout.trim();
  };
  after(() => removeTemporary(root));

  const stateOf = () => {
    const loaded = loadSiteContent(root);
    assert.deepEqual(loaded.problems.map(formatProblem), []);
    const about = buildCommunities(loaded.content, "2026-01-01", root).es.pages.find((page) => page.slug === "about")!;
    return about.localization;
  };

  test("a translation of the original's last commit is current, and one made before a later change is outdated, listing that change", () => {
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "Start the site");
    const translated = git("log", "-1", "--format=%H", "--", "content/about.md");
    writeFileSync(
      join(root, "content/about.es.md"),
      `---\nsource_commit: ${translated}\ntitle: Acerca de\nsummary: Quiénes somos.\n---\n\nHacemos portales.\n`,
    );
    git("add", "-A");
    git("commit", "-q", "-m", "Translate About into Spanish");
    assert.equal(stateOf().state, "current");

    writeFileSync(join(root, "content/about.md"), `${readFileSync(join(root, "content/about.md"), "utf8")}\nWe also train people.\n`);
    git("commit", "-q", "-am", "Say that we train people");
    const outdated = stateOf();
    assert.equal(outdated.state, "outdated");
    assert.deepEqual(
      outdated.changes.map(({ subject }) => subject),
      ["Say that we train people"],
    );
  });

  test("a source_commit that is no commit of the repository is refused on its line", () => {
    const file = join(root, "content/about.es.md");
    const before = readFileSync(file, "utf8");
    writeFileSync(file, before.replace(/source_commit: [0-9a-f]+/, "source_commit: 0123456789abcdef0123456789abcdef01234567"));
    try {
      assert.deepEqual(loadSiteContent(root).problems.map(formatProblem), [
        'content/about.es.md:2: source_commit: "0123456789abcdef0123456789abcdef01234567" is not a commit of this repository (expected the original\'s last commit, as `git log -1 --format=%H -- content/about.md` prints it)',
      ]);
    } finally {
      writeFileSync(file, before);
    }
  });

  test("in a shallow clone, whose history is cut short, nothing is known to have changed, so nothing is outdated", () => {
    const shallow = `${root}-shallow`;
    try {
      const clone = spawnSync("git", ["clone", "-q", "--depth", "1", `file://${root}`, shallow], { encoding: "utf8" });
      assert.equal(clone.status, 0, clone.stderr);
      const loaded = loadSiteContent(shallow);
      assert.deepEqual(loaded.problems.map(formatProblem), []);
      assert.deepEqual(
        loaded.content.translations.map(({ state }) => state),
        ["current"],
      );
    } finally {
      removeTemporary(shallow);
    }
  });

  test("the outdated Spanish page says so and links to the English page, and a current one does not", () => {
    const result = build(root, output);
    assert.equal(result.status, 0, result.stderr);
    const spanish = readFileSync(join(output, "es/about/index.html"), "utf8");
    assert.match(spanish, /class="wrap language-notice"[^>]*>El original en inglés ha cambiado desde que se tradujo esta página/);
    assert.match(spanish, /<a href="\/about\/" hreflang="en">Leer la página en inglés<\/a>/);
    assert.doesNotMatch(readFileSync(join(output, "es/faq/index.html"), "utf8"), /ha cambiado desde que se tradujo/);

    // Translating the change brings the page up to date.
    const head = git("rev-parse", "HEAD");
    writeFileSync(
      join(root, "content/about.es.md"),
      `---\nsource_commit: ${head}\ntitle: Acerca de\nsummary: Quiénes somos.\n---\n\nHacemos portales y formamos a personas.\n`,
    );
    git("commit", "-q", "-am", "Bring the Spanish About up to date");
    assert.equal(stateOf().state, "current");
  });
});

test("a branch name that could write Markdown or HTML into a report is refused", () => {
  const site = WITH_LANGUAGES.replace("branch: main", "branch: main> [click](https://evil.example/) <x");
  assert.deepEqual(problemsWith({ "_data/site.yaml": site }), [
    '_data/site.yaml:5: branch: "main> [click](https://evil.example/) <x" is not a branch name (expected a branch name such as main: letters, digits, dots, hyphens, underscores and slashes)',
  ]);
});
