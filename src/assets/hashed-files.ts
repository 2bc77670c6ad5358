// Files named by their content's hash, so browsers can keep them forever and a new build never serves a stale one.
import { createHash } from "node:crypto";
import { mkdir, stat, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";

const fingerprint = (contents: string | Uint8Array) => createHash("sha256").update(contents).digest("hex").slice(0, 10);

/** Writes a file under `<output>/assets/` with its hash in the name (installations.json → installations.<hash>.json) and returns its site path. */
export async function writeData(output: string, name: string, contents: string | Uint8Array): Promise<string> {
  const extension = extname(name);
  const file = `${basename(name, extension)}.${fingerprint(contents)}${extension}`;
  const path = join(output, "assets", file);
  // Named by its content: one of that name and size, written by an earlier build into this folder, holds it already.
  if ((await stat(path).catch(() => undefined))?.size === Buffer.byteLength(contents)) return `/assets/${file}`;
  await mkdir(join(output, "assets"), { recursive: true });
  await writeFile(path, contents);
  return `/assets/${file}`;
}
