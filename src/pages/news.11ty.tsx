// All news posts, newest first.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { NewsItem, PageHeader } from "../layouts/components.tsx";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";

export const data = { ...inEveryLanguage(routes.news) };

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  const strings = data.strings.site.news;
  return (
    <Base data={data} title={strings.title} description={strings.description}>
      <div class="wrap narrow">
        <PageHeader title={strings.title} lead={strings.description}>
          <p class="page-header__meta">
            <a href={routes.feed}>{strings.feed}</a>
          </p>
        </PageHeader>
        <ul class="plain-list">
          {data.community.news.map((post) => (
            <NewsItem key={post.url} post={post} headingLevel={2} />
          ))}
        </ul>
      </div>
    </Base>
  );
}
