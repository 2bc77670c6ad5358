// Workshop materials are served from the site itself. A build publishes exactly the files it is given, each as a
// regular file (read through any link, never written as one), and HTML materials only as their cleaned copy.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createHash, randomUUID } from "node:crypto";
import { constants, createReadStream, type Stats } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, extname, join, posix } from "node:path";
import { stampText } from "../content/files.ts";
import { ContentProblems, type Problem } from "../content/problems.ts";
import { materialFile, materialSource } from "../materials/files.ts";
import { decodeHtml, safeHtmlMaterial } from "../materials/html.ts";
import { HTML_MATERIAL_EXTENSIONS, MATERIAL_CONTENT_TYPES, materialFileProblem } from "../materials/types.ts";
import { keptCodeVersion } from "../kept-values.ts";

/** The folder of workshop materials, as a site path. */
export const MATERIALS_FOLDER = "/assets/materials/";

/**
 * While previewing, the dev server reads the materials where they are instead of copying 30 MB on every change; an
 * HTML material is answered with its cleaned copy, as published. Pictures are previewed, like published, only resized.
 */
export function servedInPlace(config: UserConfig, root: string, checked: () => ReadonlySet<string>): void {
  config.addPassthroughCopy({ [join(root, "assets/materials")]: "assets/materials" });
  config.setServerPassthroughCopyBehavior("passthrough");
  config.setServerOptions({ middleware: [previewMaterials(root, checked)] });
}

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

const notFound = (response: ServerResponse) => {
  response.statusCode = 404;
  response.end("Not found");
};

/**
 * Serves only the materials the last check accepted, as a build would publish them: an HTML material as its
 * cleaned copy, anything else as it is; every other request goes on to the dev server.
 */
export function previewMaterials(root: string, checked: () => ReadonlySet<string>): Middleware {
  return (request, response, next) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://preview.invalid").pathname);
    } catch {
      return next();
    }
    if (!path.startsWith(MATERIALS_FOLDER)) return next();
    if (!checked().has(path)) return notFound(response);
    const extension = extname(path).toLowerCase();
    if (!HTML_MATERIAL_EXTENSIONS.has(extension)) {
      // Served here rather than by the dev server, which misses names with spaces, & or accents until a build copies them.
      void materialSource(root, path).then(
        (source) => {
          response.setHeader("content-type", MATERIAL_CONTENT_TYPES[extension] ?? "application/octet-stream");
          response.setHeader("x-content-type-options", "nosniff");
          createReadStream(source).on("error", () => notFound(response)).pipe(response);
        },
        () => notFound(response),
      );
      return;
    }
    void materialSource(root, path)
      .then(async (source) => safeHtmlMaterial(decodeHtml(await readFile(source))))
      .then(
        (html) => {
          response.setHeader("content-type", "text/html; charset=utf-8");
          response.end(html);
        },
        // Never fall back to the raw file: whatever stopped the cleaning also stops the preview of it.
        () => notFound(response),
      );
  };
}

/**
 * Cleaned copies of HTML materials, kept between builds of one version of the code in .cache/cleaned-materials/:
 * cleaning one 100 KB page took 0.1 s of every build. A copy is named by the code's version and the file's path,
 * size, times and number, which a checkout sets anew, so no file a pull request adds can stand for one.
 */
class CleanedCopies {
  readonly folder: string;
  #used = new Set<string>();

  constructor(
    root: string,
    readonly version: string,
  ) {
    this.folder = join(root, ".cache", "cleaned-materials");
  }

  async of(source: string): Promise<string | Buffer> {
    const name = `${createHash("sha256").update(`${this.version}\n${source}\n${stampText(await stat(source))}`).digest("hex")}.html`;
    this.#used.add(name);
    const kept = join(this.folder, name);
    const copy = await readFile(kept).catch(() => undefined);
    if (copy) return copy;
    const cleaned = safeHtmlMaterial(decodeHtml(await readFile(source)));
    try {
      await mkdir(this.folder, { recursive: true });
      // A name of its own for each write: the same material can be published at two addresses at once.
      const partial = `${kept}.${process.pid}.${randomUUID()}`;
      await writeFile(partial, cleaned);
      await rename(partial, kept);
    } catch {
      // A folder that cannot be written only means the next build cleans the file again.
    }
    return cleaned;
  }

  /** Removes the copies this build did not use: of files changed or gone, or of another version of the code. */
  async prune(): Promise<void> {
    const names = await readdir(this.folder).catch(() => []);
    await Promise.all(names.filter((name) => !this.#used.has(name)).map((name) => rm(join(this.folder, name), { force: true })));
  }
}

/**
 * What a build goes on from for its materials (src/eleventy/last-build.ts): the last site's file of one published from
 * the same source, as it is now, which is linked into the new site rather than copied again.
 */
export interface MaterialsCarried {
  /** The last site's file at `at`, if the last build published it from `source` as `stamp` finds it now, and it is as written. */
  from(at: string, source: string, stamp: Stats): string | undefined;
  /** Notes that this build published `at` from `source`, as `stamp` found it. */
  published(at: string, source: string, stamp: Stats): void;
}

/** Writes one material into the site: HTML as its cleaned copy, anything else byte for byte; or links `last`, the last site's. */
async function publish(source: string, target: string, cleaned: CleanedCopies | undefined, last?: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  // Whatever stood at the target, a link included, is replaced by a new file; "wx" refuses to follow one.
  await rm(target, { force: true });
  if (last !== undefined) {
    try {
      return await link(last, target);
    } catch {
      // A file system without links, or a file gone since: copied as a first build does.
    }
  }
  if (HTML_MATERIAL_EXTENSIONS.has(extname(target).toLowerCase())) {
    await writeFile(target, cleaned ? await cleaned.of(source) : safeHtmlMaterial(decodeHtml(await readFile(source))), { flag: "wx" });
  } else await copyFile(source, target, constants.COPYFILE_EXCL);
}

/** A material file published a second time at the address it had on the old site. */
interface OldFileAddress {
  /** The material, as a site path under /assets/materials/. */
  file: string;
  /** Its old address, such as /assets/presentation/workshop-2016/10-Collectory.pdf. */
  at: string;
}

/**
 * Copies the material files named by site paths (such as /assets/materials/workshop-2016/10 Collectory.pdf) from
 * `root` into `output`, a few at a time. Every file that cannot be published (a kind browsers run, a link out of
 * assets/, anything but a regular file) is reported, and the build stops with the list. With `carried`, a material the
 * last build published from the same source is linked from the last site.
 */
export async function copyMaterials(
  root: string,
  output: string,
  files: readonly string[],
  oldAddresses: ReadonlyArray<OldFileAddress> = [],
  carried?: MaterialsCarried,
): Promise<void> {
  const problems: Problem[] = [];
  const version = keptCodeVersion();
  const cleaned = version ? new CleanedCopies(root, version) : undefined;
  const wanted = [...[...new Set(files)].map((sitePath) => ({ file: sitePath, at: sitePath })), ...oldAddresses].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (let start = 0; start < wanted.length; start += 8) {
    await Promise.all(
      wanted.slice(start, start + 8).map(async ({ file: sitePath, at }) => {
        const file = sitePath.replace(/^\//, "");
        try {
          if (!sitePath.startsWith(MATERIALS_FOLDER) || posix.normalize(sitePath) !== sitePath) throw new Error(`is not a file under ${MATERIALS_FOLDER.slice(1)}`);
          if (!at.startsWith("/") || posix.normalize(at) !== at) throw new Error(`cannot be published at ${JSON.stringify(at)} (expected a path on this site)`);
          // The loader refuses these first; checked again here so no other caller can publish one.
          const kind = materialFileProblem(sitePath);
          if (kind) throw new Error(kind);
          const { path: source, stats } = await materialFile(root, sitePath);
          await publish(source, join(output, at), cleaned, carried?.from(at, source, stats));
          carried?.published(at, source, stats);
        } catch (error) {
          problems.push({ file, line: 1, field: "file", message: (error as Error).message });
        }
      }),
    );
  }
  await cleaned?.prune();
  if (problems.length > 0) throw Object.assign(new ContentProblems(problems), { skipOriginalStack: true });
}
