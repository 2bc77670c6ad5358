// Page templates are TSX rendered by Preact, which escapes every string it prints;
// raw HTML needs an explicit dangerouslySetInnerHTML, which only the Markdown body uses.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { isValidElement, type VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";

export function renderDocument(document: VNode): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(document)}\n`;
}

export function tsxTemplates(config: UserConfig): void {
  config.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: unknown) {
        const output = await this.defaultRenderer(data);
        return isValidElement(output) ? renderDocument(output) : output;
      };
    },
  });
  config.addTemplateFormats("11ty.tsx");
}
