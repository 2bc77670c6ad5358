// The file behind a material's site path. Links are read through, but only to a regular file inside the repository's
// assets/ folder: a link to /etc/passwd, to .git/config (which holds the CI token) or to a device must publish
// and index nothing.
import type { Stats } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { join, sep } from "node:path";

class MaterialFileError extends Error {}

const EXPECTED = "expected a file stored in the repository under assets/";

/** The real path of the file a site path such as /assets/materials/workshop-2016/10 Collectory.pdf names. */
export async function materialSource(root: string, sitePath: string): Promise<string> {
  return (await materialFile(root, sitePath)).path;
}

/** The file a material's site path names: its real path, and its size, time and inode as read to check it. */
export async function materialFile(root: string, sitePath: string): Promise<{ path: string; stats: Stats }> {
  const assets = join(await realpath(root), "assets") + sep;
  let source: string;
  try {
    source = await realpath(join(root, sitePath));
  } catch (error) {
    const loop = (error as NodeJS.ErrnoException).code === "ELOOP";
    throw new MaterialFileError(`${loop ? "is a link that leads back to itself" : "does not exist, or is a link to nothing"} (${EXPECTED})`);
  }
  if (!source.startsWith(assets)) throw new MaterialFileError(`is a link to ${source}, outside the repository's assets/ folder (${EXPECTED})`);
  const stats = await stat(source);
  if (!stats.isFile()) throw new MaterialFileError(`is not a regular file (${EXPECTED})`);
  return { path: source, stats };
}
