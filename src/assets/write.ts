// Everything the pages load besides HTML: stylesheets, the map's script and data and the site's icon, minified by
// esbuild and named by content hash, so browsers can keep them forever and a new build never serves a stale file.
import { existsSync, statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { build, version as esbuildVersion } from "esbuild";
import { stampText } from "../content/files.ts";
import { isDenseArray, isPlainRelativePath, readKeptValue, writeKeptValue } from "../kept-values.ts";
import type { Community } from "../collections/community.ts";
import { writeMapData, type MapData } from "../map/assets.ts";
import { writeData } from "./hashed-files.ts";
import { CODE_ROOT as CODE } from "../repository.ts";
import type { ImageVersions } from "../content/markdown.ts";

export interface SiteAssets {
  /** The stylesheet every page loads. */
  stylesheet: string;
  /** The site's icon (src/assets/favicon.svg), which every page links to. */
  favicon: string;
  /** The map page's (and home page's) script, stylesheet and data. */
  map: MapData & { script: string; stylesheet: string };
  /** The search page's script and stylesheet; Pagefind's own files live under /pagefind/. */
  search: { script: string; stylesheet: string };
  /** Resized versions of the pictures content uses, by their site path. */
  images: ImageVersions;
}


const BROWSERS = ["chrome100", "firefox100", "safari15", "edge100"];

/** Bundles made earlier in this process, with the modification time of every file that went into them. */
const bundled = new Map<string, { inputs: Array<[string, number]>; outputs: string[]; urls: Record<string, string> }>();

const unchanged = (files: Array<[string, number]>) => files.every(([file, time]) => existsSync(file) && statSync(file).mtimeMs === time);

/**
 * The bundles the last compiled build made, kept in the content's .cache/ with the files they were made from, each
 * named by its size and times: bundling the styles and scripts again took esbuild a twentieth of a build of the
 * community's site. Only this version of the code takes them (src/content/kept.ts), and esbuild's options are code.
 */
const keptBundlesFile = (root: string) => join(root, ".cache", "site-assets.v8");

interface KeptBundles {
  key: string;
  inputs: Array<[string, string]>;
  files: Array<[string, Uint8Array]>;
  urls: Record<string, string>;
}

const inputStamp = (file: string) => {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? stampText(stats) : "";
};

/**
 * What the last build bundled from the same entry points, with the same esbuild, if no file that went into it has
 * changed since; nothing from a file that names no input, or a file to write outside the assets' folder.
 */
function keptBundles(root: string, key: string): KeptBundles | undefined {
  const kept = readKeptValue(keptBundlesFile(root)) as Partial<KeptBundles> | undefined;
  if (kept?.key !== key || !isDenseArray(kept.inputs) || kept.inputs.length === 0 || !isDenseArray(kept.files) || typeof kept.urls !== "object") return undefined;
  if (!kept.files.every(([path, contents]) => typeof path === "string" && isPlainRelativePath(path) && contents instanceof Uint8Array)) return undefined;
  return kept.inputs.every(([file, stamp]) => stamp !== "" && inputStamp(file) === stamp) ? (kept as KeptBundles) : undefined;
}

/** Writes bundled files, by their paths under `<output>/assets/`. */
async function writeBundled(outdir: string, files: ReadonlyArray<readonly [string, Uint8Array]>): Promise<void> {
  for (const folder of new Set(files.map(([path]) => dirname(join(outdir, path))))) await mkdir(folder, { recursive: true });
  await Promise.all(files.map(([path, contents]) => writeFile(join(outdir, path), contents)));
}

/** Bundles entry points into `<output>/assets/` and returns each entry's site path, by entry name. */
async function bundle(entryPoints: Record<string, string>, output: string, root: string): Promise<Record<string, string>> {
  // While `npm start` rebuilds after a content change, the scripts and styles have not changed: reuse them.
  const key = JSON.stringify([entryPoints, output]);
  const previous = bundled.get(key);
  if (previous && unchanged(previous.inputs) && previous.outputs.every((file) => existsSync(file))) return previous.urls;
  const outdir = join(output, "assets");
  // A new process, such as each `npm run build`, takes the last build's bundles when nothing that went into them changed.
  const keptKey = JSON.stringify([entryPoints, esbuildVersion, BROWSERS, process.cwd()]);
  const kept = keptBundles(root, keptKey);
  if (kept) {
    await writeBundled(outdir, kept.files);
    return kept.urls;
  }
  const result = await build({
    write: false,
    entryPoints,
    outdir,
    bundle: true,
    minify: true,
    format: "esm",
    target: BROWSERS,
    entryNames: "[name].[hash]",
    assetNames: "[name].[hash]",
    loader: { ".png": "file", ".svg": "file" },
    legalComments: "linked",
    metafile: true,
    logLevel: "silent",
  });
  // The project's own styles and scripts load nothing from other hosts: an external import is a mistake to stop on.
  const external = Object.values(result.metafile.outputs).flatMap((info) => info.imports.filter((entry) => entry.external && /^([a-z][a-z0-9+.-]*:)?\/\//i.test(entry.path)).map((entry) => entry.path));
  if (external.length > 0) throw new Error(`The site's own styles or scripts load from other hosts: ${[...new Set(external)].sort().join(", ")}`);
  const urls: Record<string, string> = {};
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    const entry = Object.entries(entryPoints).find(([, path]) => info.entryPoint && join(process.cwd(), info.entryPoint) === path);
    if (entry) urls[entry[0]] = `/${relative(output, join(process.cwd(), file)).split("\\").join("/")}`;
  }
  const files = result.outputFiles.map(({ path, contents }): [string, Uint8Array] => [relative(outdir, path), contents]);
  await writeBundled(outdir, files);
  const inputFiles = Object.keys(result.metafile.inputs).map((file) => join(process.cwd(), file));
  const inputs = inputFiles.map((file): [string, number] => [file, statSync(file).mtimeMs]);
  bundled.set(key, { inputs, outputs: Object.keys(result.metafile.outputs).map((file) => join(process.cwd(), file)), urls });
  writeKeptValue(keptBundlesFile(root), { key: keptKey, inputs: inputFiles.map((file) => [file, inputStamp(file)]), files, urls } satisfies KeptBundles);
  return urls;
}

/** Writes the assets into `output`; `root` is the content's folder, whose .cache/ keeps the last bundles. */
export async function writeAssets(output: string, communities: readonly Community[], root: string): Promise<Omit<SiteAssets, "images">> {
  const [urls, mapData, favicon] = await Promise.all([
    bundle(
      {
        site: join(CODE, "src/layouts/site.css"),
        map: join(CODE, "src/map/browser/main.ts"),
        "map-styles": join(CODE, "src/map/map.css"),
        search: join(CODE, "src/search/browser/main.ts"),
        "search-styles": join(CODE, "src/search/search.css"),
      },
      output,
      root,
    ),
    writeMapData(output, communities),
    // The project's own icon, not an editor's picture: it is published as it is, never converted.
    readFile(join(CODE, "src/assets/favicon.svg")).then((contents) => writeData(output, "favicon.svg", contents)),
  ]);
  return {
    stylesheet: urls.site!,
    favicon,
    map: { ...mapData, script: urls.map!, stylesheet: urls["map-styles"]! },
    search: { script: urls.search!, stylesheet: urls["search-styles"]! },
  };
}

