// One news post.
import type { NewsPost } from "../content/load.ts";
import type { Localized } from "../collections/localized.ts";
import { routes } from "../routes.ts";
import { newsArticle } from "../feeds/structured-data.ts";
import { Base } from "../layouts/Base.tsx";
import { Breadcrumbs, DateText, PageHeader, Prose } from "../layouts/components.tsx";
import { Picture, TEXT_COLUMN } from "../images/Picture.tsx";
import type { TemplateData } from "../layouts/types.ts";
import { formatDate, isoYear } from "../collections/dates.ts";
import { Searchable } from "../search/SearchFields.tsx";
import { eachRecord, inRecordLanguage, textLanguage } from "../layouts/in-language.ts";

type Data = TemplateData & { post: Localized<NewsPost> };

export const data = {
  ...eachRecord("news", "post"),
};

export function render(raw: Data) {
  const data = inRecordLanguage(raw, raw.post);
  const { post } = data;
  const strings = data.strings.site.news;
  // Only resized versions of a picture are published; link previews, search and JSON-LD use the fallback.
  const picture = post.image ? data.assets.images.get(post.image.src) : undefined;
  return (
    <Base
      data={data}
      title={post.title}
      description={post.summary}
      source={post.source}
      localization={post.localization}
      draft={post.draft}
      kind="article"
      image={post.image && picture ? { url: picture.src, alt: post.image.alt } : undefined}
      structuredData={newsArticle(post, data.site, data.community.changed.get(post.source), picture?.src)}
    >
      <article class="wrap narrow">
        <Breadcrumbs trail={[{ label: strings.title, url: routes.news }]} />
        <Searchable
          fields={{ type: "news", date: formatDate(post.date, data.language.code), year: isoYear(post.date), summary: post.summary, image: picture?.src }}
        >
          <PageHeader lang={textLanguage(post)} title={post.title} lead={post.summary}>
            <p class="page-header__meta">
              <DateText date={post.date} /> <span>{strings.by(post.authors)}</span>
            </p>
          </PageHeader>
          {post.image && picture ? (
            <figure class="news-image">
              <Picture image={picture} alt={post.image.alt} sizes={TEXT_COLUMN} />
            </figure>
          ) : null}
          <Prose lang={textLanguage(post)} html={post.html} />
          {post.tags?.length ? (
            <p class="tags">
              <span class="visually-hidden">{strings.tags}</span>
              {post.tags.map((tag) => (
                <span key={tag} class="tag">
                  {tag}
                </span>
              ))}
            </p>
          ) : null}
        </Searchable>
      </article>
    </Base>
  );
}
