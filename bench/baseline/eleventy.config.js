// The benchmark's baseline: bare Eleventy 3 over the same Markdown, with one minimal layout and nothing else.
// bench/run.ts copies bench/baseline/_includes beside the synthetic content folder, where the site's own check,
// which refuses unknown files under content/, does not look.
export default function (config) {
  config.addGlobalData("layout", "base.njk");
  return { dir: { includes: "../baseline-includes" } };
}
