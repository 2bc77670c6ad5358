// All news posts, newest first.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { DateText, PageHeader } from "../layouts/components.tsx";
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
            <li key={post.url} class="news-item">
              <p class="news-item__date">
                <DateText date={post.date} />
              </p>
              <h2>
                <a href={post.url}>{post.title}</a>
              </h2>
              <p>{post.summary}</p>
            </li>
          ))}
        </ul>
      </div>
    </Base>
  );
}
