// All news posts, newest first.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { NewsItem, PageHeader } from "../layouts/components.tsx";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.news };

export function render(data: TemplateData) {
  const description = "Announcements from the Living Atlases community: new portals, workshops and ways of working together.";
  return (
    <Base data={data} title="News" description={description}>
      <div class="wrap narrow">
        <PageHeader title="News" lead={description}>
          <p class="page-header__meta">
            <a href={routes.feed}>Follow the news feed (Atom)</a>
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
