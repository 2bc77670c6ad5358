// The compiled build keeps the styles and scripts esbuild bundled in the content's .cache/site-assets.v8, with each
// file that went into them and its size and times (src/assets/write.ts). The next build of the same code takes them
// as they are while every such file is unchanged, and bundles again once any has changed. A kept file is read back,
// not trusted: one that names no input, or a file to write outside the assets' folder, is not taken.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { deserialize, serialize } from "node:v8";
import { runLaunched } from "./helpers/cli.ts";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";

const root = makeRepository();
after(() => removeTemporary(root));
const KEPT = join(root, ".cache/site-assets.v8");

interface Kept {
  key: string;
  inputs: Array<[string, string]>;
  files: Array<[string, Uint8Array]>;
  urls: Record<string, string>;
}
/** The kept file: the code's version on its first line, then the value. */
const readKept = (): { header: Buffer; kept: Kept } => {
  const bytes = readFileSync(KEPT);
  const end = bytes.indexOf(10) + 1;
  return { header: bytes.subarray(0, end), kept: deserialize(bytes.subarray(end)) as Kept };
};
const writeKept = (header: Buffer, kept: Kept) => writeFileSync(KEPT, Buffer.concat([header, serialize(kept)]));

let builds = 0;
/** Builds the content with the compiled build, and gives each file under assets/ that esbuild wrote (not the map data or icon). */
function bundledFiles(): Record<string, string> {
  const output = join(root, "out", String(++builds));
  const result = runLaunched("build", ["--output", output], root, { SITE_TODAY: "2026-11-21" });
  assert.equal(result.status, 0, result.stderr);
  const names = new Set(readKept().kept.files.map(([path]) => path));
  return Object.fromEntries(
    readdirSync(join(output, "assets"))
      .filter((name) => names.has(name))
      .sort()
      .map((name) => [name, readFileSync(join(output, "assets", name), "utf8")]),
  );
}

test("a build takes the last build's bundles while no file in them changed, and bundles again once one did", () => {
  const first = bundledFiles();
  const { header, kept } = readKept();
  assert.ok(
    kept.inputs.some(([file]) => file.endsWith("src/layouts/site.css")),
    "the stylesheet's source is among the files kept with the bundles",
  );
  assert.deepEqual(Object.keys(first), kept.files.map(([path]) => path).sort());

  // The kept copy is what the next build writes: here, marked so that it can be told from a fresh bundle.
  const [stylesheet] = kept.files.find(([path]) => /^site\.[A-Z0-9]+\.css$/.test(path))!;
  const marked = (value: Kept): Kept => ({
    ...value,
    files: value.files.map(([path, contents]) => [path, path === stylesheet ? Buffer.from("/* kept */") : contents]),
  });
  writeKept(header, marked(kept));
  assert.equal(bundledFiles()[stylesheet], "/* kept */");

  // A source saved since (here, its stamp no longer the one kept) has esbuild bundle them all again.
  writeKept(header, marked({ ...kept, inputs: kept.inputs.map(([file, stamp]) => [file, file.endsWith("src/layouts/site.css") ? "0:0:0:0" : stamp]) }));
  assert.deepEqual(bundledFiles(), first);
  assert.deepEqual(readKept().kept.inputs, kept.inputs, "and keeps them again, with the files' stamps as they are");
});

test("kept bundles that name no input, a file outside the assets' folder, or another version of the code are not taken", () => {
  const first = bundledFiles();
  const { header, kept } = readKept();
  const forged = (value: Kept) => ({
    ...value,
    files: value.files.map(([path, contents]): [string, Uint8Array] => [path, path.endsWith(".css") ? Buffer.from("forged") : contents]),
  });
  const cases: Array<[string, Buffer, Kept]> = [
    ["no input", header, forged({ ...kept, inputs: [] })],
    ["a path outside", header, { ...forged(kept), files: [...kept.files, ["../../escaped.txt", Buffer.from("forged")]] }],
    ["another version", Buffer.from("0000000000000000\n"), forged(kept)],
  ];
  for (const [name, withHeader, value] of cases) {
    writeKept(withHeader, value);
    assert.deepEqual(bundledFiles(), first, name);
    assert.ok(!existsSync(join(root, "out", "escaped.txt")) && !existsSync(join(root, "escaped.txt")), `${name}: nothing is written outside`);
  }
});
