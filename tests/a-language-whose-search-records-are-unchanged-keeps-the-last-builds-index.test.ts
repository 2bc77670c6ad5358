// The compiled build keeps each language's search index in the content's .cache/search-index/ with what it was built
// from (src/search/kept-indexes.ts). A build that gives a language the same materials and pages, in the same order,
// takes that index and starts no Pagefind process for it; any other change has the language's index built again,
// and the files are then those Pagefind builds with nothing kept. The first language's process, which otherwise starts
// at once to index each page as it renders, waits too when the build reads the same editors' files as the one that
// kept its index.
import assert from "node:assert/strict";
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { after, test } from "node:test";
import { deserialize, serialize } from "node:v8";
import { runLaunched } from "./helpers/cli.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";
import { siteSnapshot } from "./helpers/site.ts";

const LANGUAGES = ["en", "es", "fr"];
const root = makeRepository({
  "_data/site.yaml": `${VALID_FILES["_data/site.yaml"]}languages:\n${LANGUAGES.map((code) => `  - code: ${code}\n    name: ${code.toUpperCase()}\n    direction: ltr\n`).join("")}`,
  "content/about.es.md":
    "---\nsource_commit: abcdef0123456789abcdef0123456789abcdef01\ntitle: Acerca de\nsummary: Quiénes somos.\n---\n\nConstruimos portales.\n",
});
after(() => removeTemporary(root));

/**
 * Pagefind's binary as the builds start it: a script that notes each start in a log, then runs the real one. Pagefind's
 * API takes the binary from PAGEFIND_EXTENDED_BINARY_PATH when it is set.
 */
const PAGEFIND = createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);
const starts = join(root, "pagefind-starts.log");
const noting = join(root, "pagefind-noting.sh");
writeFileSync(noting, `#!/bin/sh\necho started >> '${starts}'\nexec '${PAGEFIND}' "$@"\n`);
chmodSync(noting, 0o755);
/** How many Pagefind processes the builds have started so far. */
const started = () => (existsSync(starts) ? readFileSync(starts, "utf8").split("\n").filter(Boolean).length : 0);

let builds = 0;
/** Builds the content into a folder of its own, and gives the search line of its report and that folder's search files. */
function build() {
  const output = join(root, "out", String(++builds));
  const result = runLaunched("build", ["--output", output], root, { SITE_TODAY: "2026-11-21", PAGEFIND_EXTENDED_BINARY_PATH: noting });
  assert.equal(result.status, 0, result.stderr);
  const search = result.stdout.split("\n").find((line) => line.startsWith("Search: indexed "));
  assert.ok(search, result.stdout);
  const reused = /; ([a-z, ]+) as in the last build\)/.exec(search)?.[1]?.split(", ") ?? [];
  const files = Object.fromEntries(Object.entries(siteSnapshot(output)).filter(([path]) => path.startsWith("pagefind/")));
  return { reused, files, output };
}

test("a language given the same records as in the last build takes its index, and one given other records has it built as from nothing", () => {
  const first = build();
  assert.deepEqual(first.reused, [], "nothing is kept before the first build");
  const entry = JSON.parse(readFileSync(join(first.output, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, unknown> };
  const languages = Object.keys(entry.languages).sort();
  assert.deepEqual(languages, LANGUAGES);

  const unchanged = build();
  assert.deepEqual(unchanged.reused, languages, "every language's records are the same");
  assert.deepEqual(unchanged.files, first.files);
  assert.deepEqual(
    readFileSync(join(unchanged.output, "pagefind/pagefind-entry.json"), "utf8"),
    readFileSync(join(first.output, "pagefind/pagefind-entry.json"), "utf8"),
  );

  // A page in English only: the other languages' indexes hold their translations and the materials, not this page.
  writeFileSync(join(root, "content/about.md"), VALID_FILES["content/about.md"]!.replace("We build portals.", "We build portals, and keep them running."));
  const englishChanged = build();
  assert.deepEqual(englishChanged.reused, ["es", "fr"]);
  assert.notDeepEqual(englishChanged.files, unchanged.files, "the English index changed");
  rmSync(join(root, ".cache/search-index"), { recursive: true });
  const fromNothing = build();
  assert.deepEqual(fromNothing.reused, []);
  assert.deepEqual(englishChanged.files, fromNothing.files, "the same index as Pagefind builds with nothing kept");

  // A translation changes only its language's index.
  writeFileSync(
    join(root, "content/about.es.md"),
    readFileSync(join(root, "content/about.es.md"), "utf8").replace("Construimos portales.", "Construimos y mantenemos portales."),
  );
  assert.deepEqual(build().reused, ["en", "fr"]);

  // A material is a record in every language's index.
  writeFileSync(
    join(root, "content/workshops/test-workshop.md"),
    VALID_FILES["content/workshops/test-workshop.md"]!.replace("title: Slides", "title: Opening slides"),
  );
  const materialChanged = build();
  assert.deepEqual(materialChanged.reused, []);
  rmSync(join(root, ".cache/search-index"), { recursive: true });
  assert.deepEqual(build().files, materialChanged.files);
});

test("an index kept by another version of the code, or naming a file outside the index's folder, is not taken", () => {
  build();
  const kept = join(root, ".cache/search-index/en.v8");
  const bytes = readFileSync(kept);
  const end = bytes.indexOf(10) + 1;
  const [header, value] = [bytes.subarray(0, end), deserialize(bytes.subarray(end)) as { files: Array<{ path: string; content: Uint8Array }> }];
  const cases: Array<[string, Buffer]> = [
    ["another version", Buffer.concat([Buffer.from("0000000000000000\n"), bytes.subarray(end)])],
    [
      "a file outside",
      Buffer.concat([header, serialize({ ...value, files: [...value.files, { path: "../../escaped.txt", content: Buffer.from("forged") }] })]),
    ],
  ];
  for (const [name, forged] of cases) {
    writeFileSync(kept, forged);
    const next = build();
    assert.ok(!next.reused.includes("en"), `${name}: en was taken from it: ${next.reused.join(", ")}`);
    assert.ok(next.reused.includes("es"), name);
    assert.ok(!existsSync(join(root, "out", "escaped.txt")), `${name}: nothing is written outside`);
  }
});

test("a build that reads the editors' files the build that kept the indexes read starts no Pagefind process, and after a save only the first language's", () => {
  build();
  const before = started();
  assert.deepEqual(build().reused, LANGUAGES, "every language's records are the same");
  assert.equal(started() - before, 0, "no process started");

  writeFileSync(join(root, "content/about.md"), readFileSync(join(root, "content/about.md"), "utf8").replace("We build portals", "We build and run portals"));
  const afterSave = started();
  assert.deepEqual(build().reused, ["es", "fr"]);
  assert.equal(started() - afterSave, 1, "one process, the first language's, started as the pages rendered");
});
