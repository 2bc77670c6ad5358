// Under each page's content: the link that opens its file in GitHub's editor, and the day that file last changed.
import { formatDate } from "../../collections/dates.ts";
import { useLanguage, useStrings } from "../../i18n/catalogues.ts";
import type { TemplateData } from "../types.ts";

/** `source` is the file an editor changes to change this page, from the repository root. */
export function PageMeta({ data, source }: { data: TemplateData; source: string }) {
  const { site, community } = data;
  const changed = community.changed.get(source);
  const strings = useStrings().site.pageMeta;
  return (
    <footer class="wrap page-meta">
      <a href={`${site.repository}/edit/${site.branch}/${source}`}>{strings.edit}</a>
      {changed ? (
        <span>
          {strings.lastUpdated} <time datetime={changed}>{formatDate(changed, useLanguage())}</time>
        </span>
      ) : null}
    </footer>
  );
}
