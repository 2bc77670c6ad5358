// Before each build: loads and validates all content, copies the workshop materials, derives what pages show,
// writes the assets pages load, and starts the search index with the workshop materials.
// After it: adds the pages Eleventy rendered to the search index and writes it. While previewing, it serves the
// checked materials in place, and shows each build's problems, or the values still to fill in, on the open page.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { copyFile } from "node:fs/promises";
import { join, posix, resolve, sep } from "node:path";
import { servedFile, type Redirect } from "../redirects/old-addresses.ts";
import { copyMaterials, MATERIALS_FOLDER, servedInPlace } from "../assets/static-files.ts";
import { writeAssets, type SiteAssets } from "../assets/write.ts";
import { buildCommunities, type Community } from "../collections/community.ts";
import type { LanguageCode } from "../schema/languages.ts";
import { localizeLinks, localizedPaths } from "./localized-links.ts";
import { buildDate } from "../collections/dates.ts";
import { checkFilesDeeply } from "../content/files-deeply.ts";
import { EDITOR_FOLDERS } from "../content/files.ts";
import { documentsOf, loadSiteContent, type SiteContent } from "../content/load.ts";
import type { ImageVersions } from "../content/markdown.ts";
import { fitHeapTo } from "./heap.ts";
import { resizeImages } from "./pictures.ts";
import { ContentProblems, reportProblems, type Problem } from "../content/problems.ts";
import { allPages, ChangedPages, unitOf, type PagesToRender } from "./changed-pages.ts";
import { LastBuild } from "./last-build.ts";
import { TextEdits } from "../preview/text-edits.ts";
import { servePreview } from "../preview/serve.tsx";
import { describeReport, inAddressOrder, isIndexable, pagesToIndex, startSearchIndex, type RenderedPage, type SearchIndexing } from "../search/index.ts";
import { PAGE_RENDERED, type RenderedDocument } from "./tsx.ts";
import { recordAddress, type Record as PagedRecord } from "../layouts/in-language.ts";

/** Materials that keep their old site's address: published there too, so hosts without redirect rules answer it. */
const oldFileAddresses = (content: SiteContent) =>
  content.redirects.flatMap(({ answer, file, from }) => (answer === "copy" && file ? [{ file, at: from }] : []));

/** Copies each page that keeps an old /x.html beside its /x/ address (see Answer in src/redirects/old-addresses.ts). */
async function publishMirrors(output: string, redirects: readonly Redirect[]): Promise<void> {
  for (const { from, to, answer } of redirects) {
    if (answer === "mirror") await copyFile(join(output, servedFile(to)), join(output, from));
  }
}

/**
 * Global data that Eleventy gives templates as it is. Each paginated page gets its data through a proxy that wraps
 * every plain object read through it in a new proxy, at every read (ProxyWrap in Eleventy's pagination), but gives a
 * frozen one as it is: the templates then read the communities themselves, not through a proxy at each step into
 * them (0.5 s of rendering 5,000 pages). A frozen copy: the object itself stays as it was.
 */
export const givenAsIs = <T extends object>(value: T): Readonly<T> => Object.freeze({ ...value });

/** What Eleventy's after-build event tells: where it wrote, and each page it wrote with its address and HTML. */
interface AfterBuild {
  directories: { output: string };
  runMode: string;
  results?: Array<{ url?: string | false; outputPath?: string | false; content?: unknown }>;
}

export interface SitePluginOptions {
  /** The project folder that holds content/, _data/ and assets/. */
  root: string;
}

export function sitePlugin(config: UserConfig, { root }: SitePluginOptions): void {
  // While previewing, each build's outcome is what the open page shows: its problems, or the values still to fill in.
  const preview = process.env.ELEVENTY_RUN_MODE === "serve" ? servePreview(config, root) : undefined;
  /** Stops the build on these problems, and shows them in the preview. */
  const stop = (problems: readonly Problem[]): never => {
    preview?.failed(problems);
    textEdits?.forget();
    // The list of problems is the whole message; a stack trace would only bury it.
    throw Object.assign(new ContentProblems(problems), { skipOriginalStack: true });
  };
  // The material files the last load checked: a preview serves these, in place, and nothing else under them.
  let materials: ReadonlySet<string> = new Set();
  if (process.env.ELEVENTY_RUN_MODE === "serve") servedInPlace(config, root, () => materials);
  let communities: Record<LanguageCode, Community> | undefined;
  let community: Community | undefined;
  /** Page addresses that exist in every language, which links on a page in another language lead to in that language. */
  let localizable: ReadonlyMap<string, ReadonlySet<string>> = new Map();
  let assets: SiteAssets | undefined;
  /**
   * A build's index, started before its pages render, the folder it writes into, and its pages as Eleventy renders
   * them, until they are handed over: all of them before Eleventy writes any, since it renders its whole template map first.
   */
  let search: { indexing: SearchIndexing; output: string; pages?: RenderedPage[] } | undefined;
  // A preview renders again only the pages a save changes (src/eleventy/changed-pages.ts); a build, those changed
  // since the last compiled build into the same folder (src/eleventy/last-build.ts).
  const changedPages = preview ? new ChangedPages() : undefined;
  let lastBuild: { kept: LastBuild; changed: ChangedPages } | undefined;
  // A save that changes only a record's text puts it into the last build's community (src/preview/text-edits.ts).
  const textEdits = preview ? new TextEdits() : undefined;
  /** The files the watcher saw change before this rebuild; none before the first build. */
  let saved: string[] = [];
  let toRender: PagesToRender | undefined;
  // While serving, the index is rebuilt in the background so a changed page reloads at once; builds wait for it. A
  // save cancels the index still being built for an earlier one, whose pages are already out of date.
  let background: { cancel(): void; done: Promise<void> } | undefined;
  // A save outside the editors' folders is a change to the code, which every page may show.
  const editorFolders = [...EDITOR_FOLDERS, ".cache"].map((folder) => join(root, folder) + sep);
  config.on("eleventy.beforeWatch", (changed: string[]) => {
    saved = changed;
    if (changed.some((file) => !editorFolders.some((folder) => resolve(file).startsWith(folder)))) {
      changedPages?.forget();
      textEdits?.forget();
    }
    // The index still being built in the background is of pages this rebuild changes: it stops, and leaves the cores to it.
    background?.cancel();
  });
  // One hook runs the steps in order: Eleventy starts the listeners of an event all at once.
  config.on("eleventy.before", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    // Previews (npm start) show drafts, and pages with a value still to fill in; builds for publication refuse both.
    const previewing = runMode !== "build";
    const edited = communities && textEdits?.apply(saved);
    saved = [];
    toRender = edited ? changedPages?.selectTexts(communities!, edited) : undefined;
    if (toRender) return;
    textEdits?.loading(root);
    const loaded = loadSiteContent(root, { drafts: previewing ? "include" : "exclude", placeholders: previewing ? "preview" : "refuse" });
    const { content } = loaded;
    fitHeapTo(documentsOf(content).length);
    const problems = [...loaded.problems, ...(await checkFilesDeeply(root, loaded))];
    // A preview that starts on broken content has no last good site to keep: it builds what is valid, under the list
    // of problems, so the server starts and the page comes back once a save fixes them. Any later save keeps the last good site.
    const startingBroken = runMode === "serve" && community === undefined && problems.length > 0;
    if (problems.length > 0 && !startingBroken) stop(problems);
    if (startingBroken) {
      reportProblems(problems);
      console.error(
        `\n${problems.length} ${problems.length === 1 ? "problem" : "problems"}: the preview shows ${problems.length === 1 ? "it" : "them"} on every page until a save fixes ${problems.length === 1 ? "it" : "them"}.`,
      );
    }
    // Copied only once the content is valid, so a failed build leaves no copy running into its output.
    materials = new Set([...content.assets].filter((path) => path.startsWith(MATERIALS_FOLDER)));
    const kept = runMode === "build" ? LastBuild.start(root, documentsOf(content).length) : undefined;
    // Both steps run to the end, so a build reports the problems of both at once.
    const [copied, resized] = await Promise.allSettled([
      runMode !== "serve" ? copyMaterials(root, directories.output, [...materials], oldFileAddresses(content), kept) : undefined,
      resizeImages(content, loaded.pictureUses, root, directories.output),
    ]);
    const failures = [copied, resized].flatMap((step) => (step.status === "rejected" ? [step.reason as unknown] : []));
    const stepProblems = failures.flatMap((failure) => (failure instanceof ContentProblems ? failure.problems : []));
    const unexpected = failures.find((failure) => !(failure instanceof ContentProblems));
    if (unexpected) throw unexpected instanceof Error ? unexpected : new Error(`a build step failed with ${JSON.stringify(unexpected)}`);
    if (stepProblems.length > 0) stop(stepProblems);
    const images = (resized as PromiseFulfilledResult<ImageVersions>).value;
    communities = buildCommunities(content, buildDate(), root);
    community = Object.values(communities)[0]!;
    localizable = localizedPaths(communities);
    assets = { ...(await writeAssets(directories.output, Object.values(communities), root)), images };
    // The list of problems is not a page Eleventy renders, so it is given the stylesheet's address under the base path.
    if (preview) {
      const base = community.site.basePath ?? "/";
      const documents = documentsOf(content);
      preview.built(loaded.unfilled, posix.join(base, assets.stylesheet), new Map(documents.map(({ url, source }) => [posix.join(base, url), source])));
      if (startingBroken) preview.failed(problems);
    }
    if (!startingBroken) textEdits?.loaded({ root, communities, versions: images, unfilled: new Set(loaded.unfilled.map(({ file }) => file)) });
    lastBuild = kept && { kept, changed: new ChangedPages(kept.units()) };
    toRender = (changedPages ?? lastBuild?.changed)?.select(communities, assets, localizable) ?? allPages(communities);
    // A build indexes the materials while it renders the pages; a preview waits for the previous index first.
    if (runMode === "build") {
      const indexing = await startSearchIndex(Object.values(communities), root, { filesRead: loaded.filesRead, keepRecords: kept !== undefined });
      search = { indexing, output: directories.output, pages: [] };
      // The records' pages are those the index takes: each goes to it as soon as those before it in its language have
      // rendered, or at once when the last build's stays (src/eleventy/last-build.ts).
      const records = Object.values(allPages(communities).records).flat() as PagedRecord[];
      const first = community.language.code;
      search.indexing.expect(
        Object.values(communities).map(({ language }) =>
          records.filter(({ localization }) => localization.language === language.code).map((record) => recordAddress(record, first)),
        ),
      );
      for (const page of lastBuild?.kept.carriedPages(lastBuild.changed) ?? []) {
        search.pages!.push(page);
        search.indexing.rendered(page);
      }
    }
  });
  config.on(PAGE_RENDERED, ({ url, outputPath, content, paginated }: RenderedDocument) => {
    const page = isIndexable({ url, outputPath }) ? { url, content } : undefined;
    if (lastBuild && community) lastBuild.kept.rendered(paginated && unitOf(paginated.data, paginated.item, community.language.code), outputPath, page);
    if (!page || !search?.pages) return;
    search.pages.push(page);
    search.indexing.rendered(page);
  });
  /** Gives the build's index its pages, once, and lets Pagefind build and write it. */
  const completeSearch = () => {
    if (!search?.pages) return;
    search.indexing.complete(search.output, inAddressOrder(search.pages));
    search.pages = undefined;
  };
  // Eleventy announces its layouts once every page is rendered, before it writes them: Pagefind then builds the index
  // while Eleventy writes the files.
  config.on("eleventy.layouts", completeSearch);
  // The pages of the last build; a preview's rebuild renders only some, and the others stay as they were.
  let rendered = new Map<string, RenderedPage>();
  config.on("eleventy.after", async ({ directories, runMode, results }: AfterBuild) => {
    if (!community) return;
    const built = community;
    const languages = Object.values(communities ?? {});
    // The pages not rendered again are the last build's, before a page is copied to an old address beside its own.
    lastBuild?.kept.carryInto(directories.output);
    await publishMirrors(directories.output, built.redirects);
    preview?.written();
    if (runMode === "build" && search) {
      const started = search;
      completeSearch();
      search = undefined;
      // The units are written: they are kept for the next build while Pagefind builds the index.
      lastBuild?.kept.keep(directories.output, lastBuild.changed);
      const report = await started.indexing.finish();
      for (const line of describeReport(report)) console.log(line);
      return;
    }
    // A preview keeps the pages it did not render again, as long as their record is still there.
    if (changedPages) {
      rendered = new Map([...rendered].filter(([url]) => !changedPages.gone(url)));
      changedPages.written();
    } else rendered = new Map();
    for (const page of pagesToIndex(results ?? [])) rendered.set(page.url, page);
    const pages = inAddressOrder(rendered.values());
    const earlier = background;
    let index: SearchIndexing | undefined;
    let cancelled = false;
    const done = (async () => {
      await earlier?.done;
      if (cancelled) return;
      index = await startSearchIndex(languages, root);
      if (cancelled) return void (await index.cancel());
      index.complete(directories.output, pages);
      for (const line of describeReport(await index.finish())) console.log(line);
    })().catch((error: unknown) => {
      if (!cancelled) console.error(`Search: the index was not updated: ${(error as Error).message}`);
    });
    background = {
      cancel() {
        cancelled = true;
        void index?.cancel();
      },
      done,
    };
  });
  config.addGlobalData("communities", () => communities && givenAsIs(communities));
  config.addGlobalData("original", () => community);
  config.addGlobalData("languageCodes", () => community?.languages.map(({ code }) => code));
  // The pages a build renders: every record's page in every language, and each language's other pages.
  config.addGlobalData("toRender", () => toRender ?? allPages(undefined));
  config.addGlobalData("assets", () => assets && givenAsIs(assets));
  config.addGlobalData("localizable", () => localizable);
  // Links on a page in another language lead to the same language's pages.
  config.addTransform("localized-links", function (this: { page: { url?: string | false } }, content: string) {
    const url = this.page.url;
    // The loaded site's base path: reading site.yaml again for each page took a seventh of the build.
    return typeof url === "string" && community ? localizeLinks(content, url, localizable, community.site.basePath ?? "/") : content;
  });
  for (const folder of ["content", "_data"]) config.addWatchTarget(join(root, folder));
}
