// Page templates are TSX rendered by Preact, which escapes every string it prints;
// raw HTML needs an explicit dangerouslySetInnerHTML, which only the Markdown body uses.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isValidElement, type VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";

export function renderDocument(document: VNode): string {
  // Joined into one new string, not a template literal: Preact builds a page from thousands of joined pieces, which V8
  // keeps as such until something reads the text, and a page held in pieces for the search index took six times its
  // size (Node's peak at 10,000 pages: 0.95-1.07 GB in pieces, 0.77-0.79 GB whole).
  return ["<!DOCTYPE html>\n", renderToStaticMarkup(document), "\n"].join("");
}

/**
 * The event each output is announced with as soon as it is rendered, before Eleventy's transforms and its writing. The
 * transforms change addresses in links and pictures, and no text a search reads (search results show no picture): a
 * build hands each page from this event to the search index, which gives it to Pagefind while the next pages render.
 */
export const PAGE_RENDERED = "living-atlases.pageRendered";

/** What PAGE_RENDERED gives: the output's address and file as Eleventy set them, its text, and what it was paged from. */
export interface RenderedDocument {
  url: string;
  outputPath: string;
  content: string;
  /** The data the template pages through, as its front matter names it ("toRender.lists"), and this output's item of it. */
  paginated?: { data: string; item: unknown };
}

/** The part of the data Eleventy gives a template that says which page it renders. */
interface PageData {
  page?: { url?: string | false; outputPath?: string | false };
  pagination?: { data?: unknown; items?: unknown[] };
}

/** The part of Eleventy's configuration a compile function sees that announces events. */
interface Announcer {
  events: { emit(name: string, ...values: unknown[]): Promise<unknown> };
}

/** What a page template exports: its data (front matter, pagination, permalink) and the function that renders it. */
interface TemplateModule {
  data?: unknown;
  render(data: unknown): unknown;
}

/**
 * A template in src/pages/ by its file name, through one import esbuild can follow: it compiles every template into
 * `npm run build`'s bundle (src/bundles.mjs), which then runs them without tsx. Eleventy would import each file itself.
 */
const importTemplate = (name: string) => import(`../pages/${name}.11ty.tsx`) as Promise<TemplateModule>;

/**
 * Each template imported once, and while previewing again once it is saved: Eleventy would import every template again
 * on every rebuild. A build takes them from the import above; a preview from the file, named by when it was saved.
 */
function importedOnce(previewing: boolean) {
  const instances = new Map<string, { saved: number; instance: Promise<TemplateModule> }>();
  return {
    // As Eleventy's own import does, a copy of the module's exports: Eleventy adds the page to it while rendering.
    getInstanceFromInputPath(inputPath: string): Promise<TemplateModule> {
      const saved = previewing ? statSync(inputPath).mtimeMs : 0;
      const known = instances.get(inputPath);
      if (known?.saved === saved) return known.instance;
      const module = previewing
        ? (import(`${pathToFileURL(resolve(inputPath)).href}?saved=${saved}`) as Promise<TemplateModule>)
        : importTemplate(basename(inputPath, ".11ty.tsx"));
      const instance = module.then((exports) => ({ ...exports }));
      instances.set(inputPath, { saved, instance });
      return instance;
    },
    // The exported `data`, read from that instance instead of a second import by Eleventy.
    getData: true,
  };
}

export function tsxTemplates(config: UserConfig): void {
  config.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    // Compiled once per template and run, as they are imported.
    compileOptions: { cache: true },
    ...importedOnce(process.env.ELEVENTY_RUN_MODE !== "build"),
    compile(this: { config: Announcer }) {
      const { events } = this.config;
      return async function (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: PageData) {
        const output = await this.defaultRenderer(data);
        const content = isValidElement(output) ? renderDocument(output) : output;
        const { url, outputPath } = data.page ?? {};
        const { data: paged, items } = data.pagination ?? {};
        const paginated = typeof paged === "string" ? { data: paged, item: items?.[0] } : undefined;
        if (typeof url === "string" && typeof outputPath === "string" && typeof content === "string")
          await events.emit(PAGE_RENDERED, { url, outputPath, content, paginated } satisfies RenderedDocument);
        return content;
      };
    },
  });
  config.addTemplateFormats("11ty.tsx");
}
