// Writes the fingerprinted CSS (and later scripts) that esbuild produced before the build.
import type { Bundle } from "../assets/bundle.ts";

type Data = { bundle: Bundle };

export const data = {
  pagination: { data: "bundles.all", size: 1, alias: "bundle" },
  permalink: (data: Data) => data.bundle.url,
  eleventyExcludeFromCollections: true,
};

export function render(data: Data) {
  return data.bundle.contents;
}
