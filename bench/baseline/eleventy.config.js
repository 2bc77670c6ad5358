// The benchmark's baseline: bare Eleventy 3 over the same Markdown (content/**/*.md, translations included), with
// one minimal layout and nothing else.
import { join, relative } from "node:path";

export default function (config) {
  config.addGlobalData("layout", "base.njk");
  // Eleventy finds layouts relative to the input folder; this keeps the layout here, beside this file, for any content.
  return { templateFormats: ["md"], dir: { includes: relative(config.directories.input, join(import.meta.dirname, "_includes")) } };
}
