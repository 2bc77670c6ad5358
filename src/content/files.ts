// Every file an editor can change, found once per run under content/, _data/ and assets/. Symbolic links are
// followed only when they stay inside those folders: one that leaves them, loops or dangles is a problem, so no
// file from outside the repository is ever read, indexed or published.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Problem } from "./problems.ts";

/** The folders editors change through pull requests. */
export const EDITOR_FOLDERS = ["content", "_data", "assets"] as const;

/** What tells that a file was saved or written anew: its size, its modification and change times, and its inode number. */
export type FileStamp = Pick<Stats, "size" | "mtimeMs" | "ctimeMs" | "ino">;

/**
 * A file's stamp as text, which names a result kept for the file: a copy that keeps the modification time (cp -p, a
 * checkout of another clone) still changes the change time and number, so no file can stand for another.
 */
export const stampText = ({ size, mtimeMs, ctimeMs, ino }: FileStamp): string => `${size}:${mtimeMs}:${ctimeMs}:${ino}`;

export interface EditorFiles {
  /** Paths from the root with forward slashes, such as content/workshops/workshop-2016.md, sorted. */
  files: string[];
  /** Each file's stamp, as the walk found it: what tells a save, and a material's size. */
  stats: ReadonlyMap<string, FileStamp>;
  problems: Problem[];
}

const decoder = new TextDecoder("utf-8", { fatal: true });
const posix = (path: string) => path.split(sep).join("/");
const within = (folder: string, path: string) => path === folder || path.startsWith(`${folder}${sep}`);

/** A link's target as editors would recognise it: relative to the root when inside it. */
function shown(root: string, target: string): string {
  const path = relative(root, target);
  return path.startsWith("..") || path === "" ? target : posix(path);
}

export function findEditorFiles(root: string): EditorFiles {
  const files: string[] = [];
  const measured = new Map<string, FileStamp>();
  const problems: Problem[] = [];
  const problem = (file: string, field: string, message: string) => problems.push({ file, line: 1, field, message });
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { files, stats: measured, problems };
  }
  const allowed = EDITOR_FOLDERS.map((folder) => join(realRoot, folder));

  /** Walks a folder; `seen` holds the real paths of the folders on the way down, to stop at a loop. */
  const walk = (folder: string, path: string, seen: ReadonlySet<string>) => {
    let names: Buffer[];
    try {
      names = readdirSync(folder, { encoding: "buffer" }).sort((a, b) => Buffer.compare(a, b));
    } catch (error) {
      problem(path, "folder", `cannot be read: ${(error as NodeJS.ErrnoException).code ?? "error"} (expected a folder the build can read)`);
      return;
    }
    for (const bytes of names) {
      let name: string;
      try {
        name = decoder.decode(bytes);
      } catch {
        problem(`${path}/${bytes.toString("latin1")}`, "file name", "is not UTF-8 (expected a name saved as UTF-8, such as café.pdf)");
        continue;
      }
      visit(join(folder, name), `${path}/${name}`, seen);
    }
  };

  const visit = (absolute: string, path: string, seen: ReadonlySet<string>) => {
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch (error) {
      problem(path, "file", `cannot be read: ${(error as NodeJS.ErrnoException).code ?? "error"} (expected a file the build can read)`);
      return;
    }
    if (stats.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(absolute);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ELOOP") problem(path, "file", "is a symbolic link that points back at itself (expected a real file)");
        else problem(path, "file", "is a symbolic link to a file that does not exist (expected a real file)");
        return;
      }
      if (!within(realRoot, target)) {
        problem(path, "file", `symbolic link to ${shown(realRoot, target)} outside the repository (expected a real file)`);
        return;
      }
      if (!allowed.some((folder) => within(folder, target))) {
        problem(path, "file", `symbolic link to ${shown(realRoot, target)}, outside content/, _data/ and assets/ (expected a real file)`);
        return;
      }
      stats = statSync(target);
      if (stats.isDirectory()) {
        if (seen.has(target)) {
          problem(path, "file", `is a symbolic link to ${shown(realRoot, target)}, a folder that contains it (expected a real folder)`);
          return;
        }
        walk(target, path, new Set([...seen, target]));
        return;
      }
    } else if (stats.isDirectory()) {
      walk(absolute, path, new Set([...seen, absolute]));
      return;
    }
    if (!stats.isFile()) {
      problem(path, "file", "is not a regular file (expected a file)");
      return;
    }
    files.push(path);
    measured.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino });
  };

  for (const folder of EDITOR_FOLDERS) {
    const absolute = join(realRoot, folder);
    try {
      lstatSync(absolute);
    } catch {
      continue;
    }
    visit(absolute, folder, new Set([realRoot]));
  }
  return { files: files.sort(), stats: measured, problems };
}
