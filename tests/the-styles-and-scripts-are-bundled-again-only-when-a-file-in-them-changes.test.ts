// A build keeps the styles and scripts esbuild bundled in the content's .cache/site-assets.v8, with each file that
// went into them and its size and times (src/assets/write.ts). The next build takes them as they are while every
// such file is unchanged, and bundles again once any has changed.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { deserialize, serialize } from "node:v8";
import { makeRepository, removeTemporary } from "./helpers/repository.ts";
import { build } from "./helpers/site.ts";

const root = makeRepository();
after(() => removeTemporary(root));
const KEPT = join(root, ".cache/site-assets.v8");

interface Kept {
  key: string;
  inputs: Array<[string, string]>;
  files: Array<[string, Uint8Array]>;
  urls: Record<string, string>;
}
const readKept = () => deserialize(readFileSync(KEPT)) as Kept;
const writeKept = (kept: Kept) => writeFileSync(KEPT, serialize(kept));

let builds = 0;
/** Builds the content, and gives each file under assets/ that esbuild wrote (not the map data, pictures or icon). */
function bundledFiles(): Record<string, string> {
  const output = join(root, "out", String(++builds));
  const result = build(root, output);
  assert.equal(result.status, 0, result.stderr);
  const names = new Set(readKept().files.map(([path]) => path));
  return Object.fromEntries(
    readdirSync(join(output, "assets"))
      .filter((name) => names.has(name))
      .sort()
      .map((name) => [name, readFileSync(join(output, "assets", name), "utf8")]),
  );
}

test("a build takes the last build's bundles while no file in them changed, and bundles again once one did", () => {
  const first = bundledFiles();
  const kept = readKept();
  assert.ok(
    kept.inputs.some(([file]) => file.endsWith("src/layouts/site.css")),
    "the stylesheet's source is among the files kept with the bundles",
  );
  assert.deepEqual(Object.keys(first), kept.files.map(([path]) => path).sort());

  // The kept copy is what the next build writes: here, marked so that it can be told from a fresh bundle.
  const [stylesheet] = kept.files.find(([path]) => /^site\.[A-Z0-9]+\.css$/.test(path))!;
  const marked = (kept: Kept): Kept => ({
    ...kept,
    files: kept.files.map(([path, contents]) => [path, path === stylesheet ? Buffer.from("/* kept */") : contents]),
  });
  writeKept(marked(kept));
  assert.equal(bundledFiles()[stylesheet], "/* kept */");

  // A source saved since (here, its stamp no longer the one kept) has esbuild bundle them all again.
  writeKept(marked({ ...kept, inputs: kept.inputs.map(([file, stamp]) => [file, file.endsWith("src/layouts/site.css") ? "0:0:0:0" : stamp]) }));
  assert.deepEqual(bundledFiles(), first);
  assert.deepEqual(readKept().inputs, kept.inputs, "and keeps them again, with the files' stamps as they are");
});
