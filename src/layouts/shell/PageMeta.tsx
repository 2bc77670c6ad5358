// Under each page's content: the link that opens its file in GitHub's editor, and the day that file last changed.
import { formatDate } from "../../collections/dates.ts";
import type { TemplateData } from "../types.ts";

/** `source` is the file an editor changes to change this page, from the repository root. */
export function PageMeta({ data, source }: { data: TemplateData; source: string }) {
  const { site, community } = data;
  const changed = community.changed.get(source);
  return (
    <footer class="wrap page-meta">
      <a href={`${site.repository}/edit/${site.branch}/${source}`}>Edit this page</a>
      {changed ? (
        <span>
          Last updated <time datetime={changed}>{formatDate(changed)}</time>
        </span>
      ) : null}
    </footer>
  );
}
