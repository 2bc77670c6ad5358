// The build's picture step: each picture a published page uses, resized into its versions, and the page bodies
// that show one rendered again to point at them.
import { documentsOf, type PictureUseSite, type SiteContent } from "../content/load.ts";
import { renderMarkdown, type ImageVersions } from "../content/markdown.ts";
import { ContentProblems } from "../content/problems.ts";
import { processImages } from "../images/process.ts";

/**
 * Resizes every picture the published pages use (the loader found each, on its line) and renders again the bodies
 * that show one, so they point at the resized files. A picture that cannot be converted stops the build with a
 * problem at each place that uses it.
 */
export async function resizeImages(content: SiteContent, pictures: readonly PictureUseSite[], root: string, output: string): Promise<ImageVersions> {
  const documents = documentsOf(content);
  const published = new Set(documents.map((document) => document.source));
  const uses = pictures.filter((picture) => published.has(picture.file));
  const { images: versions, failures } = await processImages(root, output, new Map(uses.map(({ src, use }) => [src, use])));
  if (failures.size > 0) {
    const problems = uses
      .filter(({ src }) => failures.has(src))
      .map((use) => ({
        file: use.file,
        line: use.line,
        field: use.field,
        message: `${use.field === "body" ? `${JSON.stringify(use.src)} ` : ""}${failures.get(use.src)!}`,
      }));
    throw Object.assign(new ContentProblems(problems), { skipOriginalStack: true });
  }
  for (const document of documents) {
    if (document.images.length > 0) document.html = renderMarkdown(document.body, document.source, 1, versions).html;
  }
  return versions;
}
