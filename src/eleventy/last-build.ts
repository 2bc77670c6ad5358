// `npm run build` goes on from the last compiled build into the same folder, kept in the content's .cache/: what each
// unit of pages (src/eleventy/changed-pages.ts) was rendered from, the files written for it, and its pages as the search
// index was given them. A build renders again only the units that would differ, and links the others' files from the
// last site into the new one, which is swapped in whole as before (src/cli/build.ts). It goes on only from a folder that
// is the one the last build wrote, every file of it the one it wrote (inode, size and time), and from what the same
// version of the code kept (src/content/kept.ts) on the same Node.js; otherwise it renders every page, as a first build does. A build run with --full
// renders every page and keeps nothing, as one through tsx: the build after it renders every page too. The workshop
// materials it published are kept with the file each came from: one published from that same file (path, inode, size
// and time) is linked from the last site too (src/assets/static-files.ts), if the last site's file is as written.
import { copyFileSync, linkSync, lstatSync, mkdirSync, statSync, type Stats } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { MaterialsCarried } from "../assets/static-files.ts";
import { KEPT_FILES_AT_MOST } from "../content/kept.ts";
import { isDenseArray, isPlainRelativePath, keptCodeVersion, readKeptValue, writeKeptValue } from "../kept-values.ts";
import { reachesTheIndex, type RenderedPage } from "../search/pages.ts";
import type { ChangedPages } from "./changed-pages.ts";

/** A file the last build wrote, relative to its folder, with its inode, size and modification time once written. */
interface KeptFile {
  path: string;
  inode: number;
  size: number;
  modified: number;
}

/** The file a material was published from, as a build found it. */
interface MaterialSource {
  path: string;
  device: number;
  inode: number;
  size: number;
  modified: number;
}

/** A material the last build published, at `file`, from `source`. */
interface KeptMaterial {
  source: MaterialSource;
  file: KeptFile;
}

const sourceOf = (path: string, stamp: Stats): MaterialSource => ({ path, device: stamp.dev, inode: stamp.ino, size: stamp.size, modified: stamp.mtimeMs });

/** What a build keeps for the next one into the same folder. */
interface Kept {
  /** The folder, and its device and inode: the swap renames the folder a build wrote, and any other folder there is not it. */
  output: string;
  device: number;
  inode: number;
  /** The Node.js and ICU versions it ran on: pages are dated with Intl, whose wording comes with them. */
  runtime: string;
  /** Each unit with the digest it was rendered from, its files, and its pages given to the search index. */
  units: Array<{ unit: string; digest: string; files: KeptFile[]; pages: RenderedPage[] }>;
  /** Each material it published, by address. */
  materials: KeptMaterial[];
}

/** Where the build that is running will be swapped in, and whether it renders every page: set by src/cli/build.ts. */
let target: { output: string; full: boolean } | undefined;

/** Names the folder this process's build goes into, once built; `full` renders every page, and keeps nothing. */
export function buildingInto(output: string, { full }: { full: boolean }): void {
  target = { output: resolve(output), full };
}

/** The folder a build was to go on from changed while it ran: another build into it, most likely, swapped its site in. */
export class SiteReplaced extends Error {
  constructor(readonly output: string) {
    super(`${output} changed while this build ran, as when another build into it ends first`);
  }
}

/** How many files the last build in this process took as the build before wrote them. */
let carriedInLastBuild = 0;
export const filesCarried = (): number => carriedInLastBuild;

const keptFile = (root: string) => join(root, ".cache", "last-build.v9");

const RUNTIME = `node ${process.versions.node}, icu ${process.versions.icu ?? "none"}`;

/**
 * A build that keeps its units for the next, and goes on from the last one when it may: only a compiled build named
 * by buildingInto without `full` (not a preview, nor a run through tsx, which keeps nothing), of no more documents
 * than a run keeps the readings of. The others render every page, and work out no digests.
 */
export class LastBuild implements MaterialsCarried {
  readonly #root: string;
  readonly #output: string;
  /** The last build's units, when this one goes on from it, and what it kept. */
  readonly #earlier: Map<string, Kept["units"][number]>;
  /** The materials the last build published, by their path in its site. */
  readonly #earlierMaterials: Map<string, KeptMaterial>;
  readonly #kept: Kept | undefined;
  /** This build's outputs, by unit: each file written, and each page given to the index. */
  readonly #written = new Map<string, { files: string[]; pages: RenderedPage[] }>();
  #carried = new Map<string, Kept["units"][number]>();
  /** The materials this build published, by address, with their sources as found. */
  readonly #materials = new Map<string, MaterialSource>();

  private constructor(root: string, output: string, kept: Kept | undefined) {
    this.#root = root;
    this.#output = output;
    this.#kept = kept;
    this.#earlier = new Map(kept?.units.map((unit) => [unit.unit, unit]));
    this.#earlierMaterials = new Map(kept?.materials.map((material) => [material.file.path, material]));
  }

  static start(root: string, documents: number): LastBuild | undefined {
    carriedInLastBuild = 0;
    if (!target || target.full || !keptCodeVersion() || documents > KEPT_FILES_AT_MOST) return undefined;
    return new LastBuild(root, target.output, intact(asKept(readKeptValue(keptFile(root))), target.output));
  }

  /** The digest each unit was last rendered from, which ChangedPages compares this build's with. */
  units(): Array<[string, string]> {
    return [...this.#earlier.values()].map(({ unit, digest }) => [unit, digest]);
  }

  /** The pages of the units `changed` does not render again, as the last build gave them to the index, by address. */
  carriedPages(changed: ChangedPages): RenderedPage[] {
    this.#carried = new Map([...this.#earlier].filter(([unit]) => changed.unchanged(unit)));
    return [...this.#carried.values()].flatMap(({ pages }) => pages);
  }

  from(at: string, source: string, stamp: Stats): string | undefined {
    const kept = this.#earlierMaterials.get(at.slice(1));
    if (!kept || !isDeepStrictEqual(kept.source, sourceOf(source, stamp))) return undefined;
    return isAsWritten(this.#output, kept.file) ? join(this.#output, kept.file.path) : undefined;
  }

  published(at: string, source: string, stamp: Stats): void {
    this.#materials.set(at, sourceOf(source, stamp));
  }

  /** Notes a file this build rendered, of `unit` (none: a file rendered in every build, never carried). */
  rendered(unit: string | undefined, outputPath: string, page: RenderedPage | undefined): void {
    if (unit === undefined) return;
    const written = this.#written.get(unit) ?? { files: [], pages: [] };
    this.#written.set(unit, written);
    written.files.push(outputPath);
    if (page && reachesTheIndex(page)) written.pages.push(page);
  }

  /**
   * Links each file of the units not rendered again from the last site into `folder`, the new one: a link, not a copy,
   * so the last site stays as it was until the swap. A file this build wrote at the same path is the one kept.
   */
  carryInto(folder: string): number {
    // Another build into the same folder may have swapped its site in since this one began: it then stops.
    if (this.#carried.size > 0 && !intact(this.#kept, this.#output, [...this.#carried.keys()])) throw new SiteReplaced(this.#output);
    let files = 0;
    const made = new Set<string>();
    for (const { files: kept } of this.#carried.values()) {
      for (const { path } of kept) {
        const to = join(folder, path);
        const parent = dirname(to);
        if (!made.has(parent)) mkdirSync(parent, { recursive: true });
        made.add(parent);
        try {
          linkSync(join(this.#output, path), to);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === "EEXIST") continue;
          // A file system without links (FAT, some network shares) gets a copy.
          if (code === "EPERM" || code === "EXDEV" || code === "ENOTSUP") copyFileSync(join(this.#output, path), to);
          else throw error;
        }
        files++;
      }
    }
    carriedInLastBuild = files;
    return files;
  }

  /** Keeps this build's units for the next build, once it has written them into `folder`, the one to be swapped in. */
  keep(folder: string, changed: ChangedPages): void {
    const units: Kept["units"] = [];
    for (const [unit, digest] of changed.selected()) {
      const carried = this.#carried.get(unit);
      const written = this.#written.get(unit);
      if (carried && carried.digest === digest) units.push(carried);
      else {
        // A unit rendered into no file (a calendar a language does not have) is kept too: it is as the next build would render it.
        const files = (written?.files ?? []).flatMap((outputPath): KeptFile[] => {
          const path = relative(folder, resolve(outputPath)).split(sep).join("/");
          const stats = statSync(join(folder, path), { throwIfNoEntry: false });
          return stats && isPlainRelativePath(path) ? [{ path, inode: stats.ino, size: stats.size, modified: stats.mtimeMs }] : [];
        });
        units.push({ unit, digest, files, pages: written?.pages ?? [] });
      }
    }
    const materials = [...this.#materials]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([at, source]): KeptMaterial[] => {
        const path = at.slice(1);
        const stats = statSync(join(folder, path), { throwIfNoEntry: false });
        return stats && isPlainRelativePath(path) ? [{ source, file: { path, inode: stats.ino, size: stats.size, modified: stats.mtimeMs } }] : [];
      });
    const { dev, ino } = statSync(folder);
    writeKeptValue(keptFile(this.#root), { output: this.#output, device: dev, inode: ino, runtime: RUNTIME, units, materials } satisfies Kept);
  }
}

/** A kept value as a build writes it, or nothing: any other value, or a file it names outside its folder. */
function asKept(value: unknown): Kept | undefined {
  const kept = value as Partial<Kept> | undefined;
  if (typeof kept?.output !== "string" || typeof kept.device !== "number" || typeof kept.inode !== "number" || !isDenseArray(kept.units)) return undefined;
  if (!isDenseArray(kept.materials) || !kept.materials.every((material) => typeof material?.file?.path === "string" && isPlainRelativePath(material.file.path)))
    return undefined;
  const wellFormed = kept.units.every(
    (unit) =>
      typeof unit?.unit === "string" &&
      typeof unit.digest === "string" &&
      isDenseArray(unit.files) &&
      unit.files.every((file) => typeof file?.path === "string" && isPlainRelativePath(file.path) && typeof file.inode === "number") &&
      isDenseArray(unit.pages) &&
      unit.pages.every((page) => typeof page?.url === "string" && typeof page.content === "string"),
  );
  return wellFormed ? (kept as Kept) : undefined;
}

/**
 * The kept build, if this runtime wrote it and `output` is still the folder it wrote, holding every file it wrote
 * (of `units`, if named) as it wrote it: the same file, not one written over it or renamed into its place.
 */
function intact(kept: Kept | undefined, output: string, units?: readonly string[]): Kept | undefined {
  if (!kept || kept.output !== output || kept.runtime !== RUNTIME) return undefined;
  const folder = statSync(output, { throwIfNoEntry: false });
  if (!folder?.isDirectory() || folder.dev !== kept.device || folder.ino !== kept.inode) return undefined;
  const checked = units ? new Set(units) : undefined;
  for (const { unit, files } of kept.units) {
    if (checked && !checked.has(unit)) continue;
    if (!files.every((file) => isAsWritten(output, file))) return undefined;
  }
  return kept;
}

/** Whether `file` in `folder` is the file a build wrote there: the same inode, size and time, not one written over it or renamed into its place. */
function isAsWritten(folder: string, { path, inode, size, modified }: KeptFile): boolean {
  const stats = lstatSync(join(folder, path), { throwIfNoEntry: false });
  return stats?.isFile() === true && stats.ino === inode && stats.size === size && stats.mtimeMs === modified;
}
