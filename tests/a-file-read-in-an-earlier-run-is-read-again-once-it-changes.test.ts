// The compiled check and build keep each Markdown file's reading in the content's .cache/ (src/content/kept.ts), and
// take it instead of reading the file while the file stays the same. What they keep is what reading the file anew
// gives, and any save, even one that keeps the file's size and modification time, has the file read again.
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { deserialize, serialize } from "node:v8";
import { MARKDOWN_READINGS, readDocumentAgain } from "../src/content/documents.ts";
import { findEditorFiles } from "../src/content/files.ts";
import { readTranslationAgain, TRANSLATION_READINGS, translationFiles } from "../src/content/translations.ts";
import { CONTENT_TYPES } from "../src/schema/content-types.ts";
import { CODE_ROOT } from "../src/repository.ts";
import { KEPT_FILES_AT_MOST, KeptWhileUnchanged } from "../src/content/kept.ts";
import { INSTALLATION_CHECKS, loadInstallations } from "../src/content/installations.ts";
import { DATA_READINGS } from "../src/content/load.ts";
import type { Problem } from "../src/content/problems.ts";
import { parseYaml } from "../src/content/yaml.ts";
import { INSTALLATIONS_FILE } from "../src/schema/installation.ts";
import { SITE_FILE } from "../src/schema/site.ts";
import { runLaunched } from "./helpers/cli.ts";
import { makeRepository, removeTemporary, VALID_FILES } from "./helpers/repository.ts";

const roots: string[] = [];
after(() => roots.forEach((root) => removeTemporary(root)));

/** A value as the next run reads it back: written as .cache/ holds it, then read. */
const throughTheCache = <T>(value: T): T => deserialize(serialize(value)) as T;

/** Every field path of a front matter, so that each line a problem may name is compared. */
const fieldPaths = (value: unknown, path: Array<string | number> = []): Array<Array<string | number>> =>
  value !== null && typeof value === "object"
    ? Object.entries(value).flatMap(([key, entry]) => [
        [...path, Array.isArray(value) ? Number(key) : key],
        ...fieldPaths(entry, [...path, Array.isArray(value) ? Number(key) : key]),
      ])
    : [];

test("every reading of the real content, kept and read back, is the reading made anew, its lines included", () => {
  const files = findEditorFiles(CODE_ROOT).files;
  let compared = 0;
  for (const type of CONTENT_TYPES) {
    for (const source of files.filter((file) => file.startsWith(`${type.folder}/`) || type.alsoFiles?.includes(file))) {
      if (!source.endsWith(".md") || /\.[a-z]{2,3}\.md$/.test(source)) continue;
      const fresh = readDocumentAgain(type, CODE_ROOT, source).after;
      const kept = MARKDOWN_READINGS.restore(throughTheCache(MARKDOWN_READINGS.store(fresh)), CODE_ROOT, source);
      const { yaml: keptLines, ...keptFile } = kept.loaded!.file;
      const { yaml: freshLines, ...freshFile } = fresh.loaded!.file;
      assert.deepStrictEqual({ ...kept, loaded: { ...kept.loaded, file: keptFile } }, { ...fresh, loaded: { ...fresh.loaded, file: freshFile } }, source);
      for (const path of fieldPaths(fresh.loaded!.file.fields)) assert.equal(keptLines.lineOf(path), freshLines.lineOf(path), `${source}: ${path.join(".")}`);
      compared++;
    }
  }
  for (const source of translationFiles(findEditorFiles(CODE_ROOT))) {
    const fresh = readTranslationAgain(CODE_ROOT, source).after;
    const kept = TRANSLATION_READINGS.restore(throughTheCache(TRANSLATION_READINGS.store(fresh)), CODE_ROOT, source);
    const { yaml: keptLines, ...keptRead } = kept.read!;
    const { yaml: freshLines, ...freshRead } = fresh.read!;
    assert.deepStrictEqual({ ...kept, read: keptRead }, { ...fresh, read: freshRead }, source);
    for (const path of fieldPaths(fresh.read!.fields)) assert.equal(keptLines.lineOf(path), freshLines.lineOf(path), `${source}: ${path.join(".")}`);
    compared++;
  }
  assert.ok(compared > 100, `only ${compared} files were compared`);
});

test("the real data files' readings and the installations' check, kept and read back, are those made anew, lines included", () => {
  for (const source of [SITE_FILE, INSTALLATIONS_FILE]) {
    const fresh = { parsed: parseYaml(readFileSync(join(CODE_ROOT, source), "utf8")), problems: [] };
    const kept = DATA_READINGS.restore(throughTheCache(DATA_READINGS.store(fresh)), CODE_ROOT, source);
    assert.deepStrictEqual(kept.parsed!.value, fresh.parsed.value, source);
    assert.ok(fieldPaths(fresh.parsed.value).length > 10, source);
    for (const path of fieldPaths(fresh.parsed.value)) assert.equal(kept.parsed!.lineOf(path), fresh.parsed.lineOf(path), `${source}: ${path.join(".")}`);
  }
  const problems: Problem[] = [];
  const installations = loadInstallations(CODE_ROOT, parseYaml(readFileSync(join(CODE_ROOT, INSTALLATIONS_FILE), "utf8")), problems, problems);
  assert.ok(installations.length > 50);
  const checked = { installations, problems, unfilled: [] };
  assert.deepStrictEqual(INSTALLATION_CHECKS.restore(throughTheCache(INSTALLATION_CHECKS.store(checked)), CODE_ROOT, INSTALLATIONS_FILE), checked);
});

test("a check takes the installations' check from .cache/ while the file is unchanged, and names the line of a problem saved since", () => {
  const root = makeRepository();
  roots.push(root);
  assert.equal(check(root).status, 0);
  assert.ok(existsSync(join(root, ".cache/installation-checks.v8")) && existsSync(join(root, ".cache/data-readings.v8")), "the first check kept them");
  assert.equal(check(root).status, 0);
  const file = VALID_FILES[INSTALLATIONS_FILE]!;
  writeFileSync(join(root, INSTALLATIONS_FILE), file.replace("status: live", "status: alive"));
  const refused = check(root);
  assert.equal(refused.status, 1);
  const line = file.split("\n").findIndex((text) => text.includes("status: live")) + 1;
  assert.match(refused.stderr, new RegExp(`^_data/installations\\.yaml:${line}: test-portal\\.status: "alive" is not a known status`, "m"));
  // The same problem, from the readings the refused check kept: its line is found again.
  const withoutTime = (text: string) => text.replace(/in \d+\.\d+ s/, "in … s");
  assert.equal(withoutTime(check(root).stderr), withoutTime(refused.stderr));
  writeFileSync(join(root, INSTALLATIONS_FILE), file);
  assert.equal(check(root).status, 0, "the file saved back is read again");
});

const WORKSHOP = "content/workshops/test-workshop.md";
const check = (root: string) => runLaunched("check", [], root);

test("a check reads again a file saved since the last one, and takes the rest from .cache/", () => {
  const root = makeRepository();
  roots.push(root);
  assert.equal(check(root).status, 0);
  assert.ok(existsSync(join(root, ".cache/markdown-readings.v8")), "the first check kept nothing");
  writeFileSync(join(root, WORKSHOP), VALID_FILES[WORKSHOP]!.replace("kind: workshop", "kind: seminar"));
  const refused = check(root);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /^content\/workshops\/test-workshop\.md:3: kind: "seminar" is not a known kind of event/m);
  writeFileSync(join(root, WORKSHOP), VALID_FILES[WORKSHOP]!);
  assert.equal(check(root).status, 0, "the file saved back is read again");
});

test("a file saved with its size and modification time unchanged is read again", () => {
  const root = makeRepository();
  roots.push(root);
  const path = join(root, WORKSHOP);
  // A whole second, which a file's time can be set back to exactly, as a tool that keeps times would.
  const time = new Date("2026-01-05T10:00:00Z");
  utimesSync(path, time, time);
  assert.equal(check(root).status, 0);
  const { size, mtimeMs } = statSync(path);
  // The same length, and a kind the check refuses.
  writeFileSync(path, readFileSync(path, "utf8").replace("kind: workshop", "kind: seminars"));
  utimesSync(path, time, time);
  assert.deepEqual([statSync(path).size, statSync(path).mtimeMs], [size, mtimeMs]);
  const result = check(root);
  assert.equal(result.status, 1, "the kept reading of the file as it was was taken");
  assert.match(result.stderr, /kind: "seminars" is not a known kind of event/);
});

test("a problem found with an unchanged file's kept reading names the line it is on", () => {
  const root = makeRepository();
  roots.push(root);
  assert.equal(check(root).status, 0);
  // The project names its lead partner, gbif-spain: once the partner's file is gone, the project's unchanged file is wrong.
  rmSync(join(root, "content/partners/gbif-spain.md"));
  const result = check(root);
  assert.equal(result.status, 1);
  const line = VALID_FILES["content/projects/test-project.md"]!.split("\n").findIndex((text) => text.startsWith("lead:")) + 1;
  assert.match(result.stderr, new RegExp(`^content/projects/test-project\\.md:${line}: lead: `, "m"));
});

/** Runs `work` in a new repository as compiled code runs, which keeps results between runs; `version` changes the code's version. */
function asCompiledCode(work: (root: string, version: (value: string) => void) => void): void {
  const root = makeRepository();
  roots.push(root);
  const variable = "LIVING_ATLASES_CODE_VERSION";
  const before = process.env[variable];
  const version = (value: string) => (process.env[variable] = value);
  version(`test-${process.pid}`);
  try {
    work(root, version);
  } finally {
    if (before === undefined) delete process.env[variable];
    else process.env[variable] = before;
  }
}

test("a result one run keeps is taken by the next run while its file is unchanged, and worked out again once it changes", () => {
  asCompiledCode((root, version) => {
    const worked: string[] = [];
    const restored: string[] = [];
    /** A kind of result as a new process has it: nothing in memory, only what .cache/ holds. */
    const newRun = () =>
      new KeptWhileUnchanged<string>({
        name: "test-lengths",
        store: (value) => value,
        restore: (stored, _root, source) => (restored.push(source), stored as string),
      });
    const length = (run: KeptWhileUnchanged<string>) =>
      run.get(root, WORKSHOP, undefined, () => (worked.push(WORKSHOP), String(readFileSync(join(root, WORKSHOP)).length)));
    const first = newRun();
    assert.equal(length(first), String(Buffer.byteLength(VALID_FILES[WORKSHOP]!)));
    first.keep(root);
    assert.equal(length(newRun()), String(Buffer.byteLength(VALID_FILES[WORKSHOP]!)));
    assert.deepEqual([worked, restored], [[WORKSHOP], [WORKSHOP]], "the second run worked the file out again");
    const second = newRun();
    writeFileSync(join(root, WORKSHOP), `${VALID_FILES[WORKSHOP]!}\nMore.\n`);
    assert.equal(length(second), String(Buffer.byteLength(VALID_FILES[WORKSHOP]!) + 7));
    assert.deepEqual([worked, restored], [[WORKSHOP, WORKSHOP], [WORKSHOP]], "the changed file was taken from the last run");
    second.keep(root);
    version(`test-${process.pid}-changed`);
    length(newRun());
    assert.deepEqual([worked, restored], [[WORKSHOP, WORKSHOP, WORKSHOP], [WORKSHOP]], "another version of the code took this one's result");
  });
});

test("a run of more than 5,000 files keeps none of their results for the next run, and removes what the last run kept", () => {
  asCompiledCode((root) => {
    const kept = join(root, ".cache/test-sizes.v8");
    /** A run over `count` files, as the walk would give their stamps, each file's result its name. */
    const runOver = (count: number) => {
      const sources = Array.from({ length: count }, (_, index) => `content/news/post-${index}.md`);
      const files = {
        files: sources,
        stats: new Map(sources.map((source, index) => [source, { size: index, mtimeMs: 1, ctimeMs: 1, ino: index }])),
        problems: [],
      };
      const run = new KeptWhileUnchanged<string>({ name: "test-sizes", store: (value) => value, restore: (stored) => stored as string });
      for (const source of sources) run.get(root, source, files, () => source);
      run.keep(root);
    };
    runOver(KEPT_FILES_AT_MOST);
    assert.ok(existsSync(kept), `a run over ${KEPT_FILES_AT_MOST} files kept nothing`);
    runOver(KEPT_FILES_AT_MOST + 1);
    assert.ok(!existsSync(kept), `a run over ${KEPT_FILES_AT_MOST + 1} files left the last run's results to read`);
  });
});

test("readings kept by another copy of the repository, as a pull request could commit them, are not taken for its files", () => {
  const time = new Date("2026-01-05T10:00:00Z");
  const [kept, copy] = [makeRepository(), makeRepository()];
  roots.push(kept, copy);
  // The same file in both, as far as its size and modification time tell, but the copy's is a kind the check refuses.
  writeFileSync(join(copy, WORKSHOP), readFileSync(join(copy, WORKSHOP), "utf8").replace("kind: workshop", "kind: seminars"));
  for (const root of [kept, copy]) utimesSync(join(root, WORKSHOP), time, time);
  assert.equal(check(kept).status, 0);
  cpSync(join(kept, ".cache"), join(copy, ".cache"), { recursive: true, preserveTimestamps: true });
  const result = check(copy);
  assert.equal(result.status, 1, "the other copy's reading of the file was taken");
  assert.match(result.stderr, /kind: "seminars" is not a known kind of event/);
});
