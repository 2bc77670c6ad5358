// The benchmark's baseline: bare Eleventy 3 over the same Markdown, with one minimal layout and nothing else.
// bench/run.ts copies bench/baseline/_includes into the synthetic content folder, Eleventy's default includes.
export default function (config) {
  config.addGlobalData("layout", "base.njk");
}
