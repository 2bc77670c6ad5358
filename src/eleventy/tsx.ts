// Page templates are TSX rendered by Preact, which escapes every string it prints;
// raw HTML needs an explicit dangerouslySetInnerHTML, which only the Markdown body uses.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { basename } from "node:path";
import { isValidElement, type VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";

export function renderDocument(document: VNode): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(document)}\n`;
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
 * A build renders each template once, so the templates come from that one import. While previewing, Eleventy imports
 * them, and again when one is saved, which a module imported once cannot follow.
 */
function importedOnce() {
  const instances = new Map<string, Promise<TemplateModule>>();
  return {
    // As Eleventy's own import does, a copy of the module's exports: Eleventy adds the page to it while rendering.
    getInstanceFromInputPath(inputPath: string): Promise<TemplateModule> {
      let instance = instances.get(inputPath);
      if (!instance) instances.set(inputPath, (instance = importTemplate(basename(inputPath, ".11ty.tsx")).then((module) => ({ ...module }))));
      return instance;
    },
    // The exported `data`, read from that instance instead of a second import by Eleventy.
    getData: true,
  };
}

export function tsxTemplates(config: UserConfig): void {
  config.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    // Imported once per run, and again only when saved: Eleventy would otherwise import every template on every rebuild.
    compileOptions: { cache: true },
    ...(process.env.ELEVENTY_RUN_MODE === "build" ? importedOnce() : {}),
    compile() {
      return async function (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: unknown) {
        const output = await this.defaultRenderer(data);
        return isValidElement(output) ? renderDocument(output) : output;
      };
    },
  });
  config.addTemplateFormats("11ty.tsx");
}
