// Each language's catalogue is typed against the English one: a key left out, a key added or a sentence given other
// parameters is a type error, found by the same compiler as npm run typecheck. The test compiles a copy of a real
// catalogue file, as it is and with one change, so a pass means the type holds the catalogue to the English keys.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, test } from "node:test";
import { CATALOGUES } from "../src/i18n/catalogues.ts";
import { removeTemporary } from "./helpers/repository.ts";
import { REPOSITORY } from "./helpers/site.ts";

const folder = mkdtempSync(join(tmpdir(), "living-atlases-catalogue-"));
after(() => removeTemporary(folder));

const ORIGINAL = join(REPOSITORY, "src/i18n/fr/labels.ts");

/** The French labels with `change` applied and their imports made absolute, compiled alone; what the compiler says. */
function compile(change: (source: string) => string): { status: number | null; output: string } {
  const source = readFileSync(ORIGINAL, "utf8").replace(/from "(\.[^"]+)"/g, (_, path: string) => `from "${resolve(dirname(ORIGINAL), path)}"`);
  const file = join(folder, `labels-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, change(source));
  const compiler = join(REPOSITORY, "node_modules/typescript-native/bin/tsc");
  const options = ["--noEmit", "--strict", "--skipLibCheck", "--allowImportingTsExtensions", "--module", "nodenext", "--target", "es2022"];
  // Run from the temporary folder, where no tsconfig.json is found: only this file and what it imports are compiled.
  const result = spawnSync(process.execPath, [compiler, ...options, file], { cwd: folder, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test("the French labels, as they are, compile against the English keys", () => {
  const { status, output } = compile((source) => source);
  assert.equal(status, 0, output);
});

test("a catalogue that leaves out a key fails the type check, naming the key", () => {
  const { status, output } = compile((source) => source.replace(/^\s*past: .*$/m, "").replace(/, past: "[^"]*"/, ""));
  assert.notEqual(status, 0);
  assert.match(output, /past/);
});

test("a catalogue that adds a key the English one does not have fails the type check, naming the key", () => {
  const { status, output } = compile((source) => source.replace("eventStatus: {", 'eventStatus: { cancelled: "Annulé",'));
  assert.notEqual(status, 0);
  assert.match(output, /cancelled/);
});

test("every language has a catalogue, and no string in it is empty", () => {
  assert.deepEqual(Object.keys(CATALOGUES).sort(), ["en", "es", "fr", "pt"]);
  const empty = (value: unknown, path: string): string[] =>
    typeof value === "string"
      ? value.trim() === ""
        ? [path]
        : []
      : typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => empty(inner, `${path}.${key}`))
        : [];
  for (const [language, catalogue] of Object.entries(CATALOGUES)) assert.deepEqual(empty(catalogue, language), []);
});
