// The footer every page shares: what the community is, the standing pages and a few others, and how to stay in touch.
import { routes } from "../../routes.ts";
import type { TemplateData } from "../types.ts";

/** Pages the footer lists after the standing pages. */
const FOOTER_LINKS = [
  { label: "Workshop materials", url: routes.materials },
  { label: "Search", url: routes.search },
];

export function SiteFooter({ data }: { data: TemplateData }) {
  const { site, page, community } = data;
  return (
    <footer class="site-footer">
      <div class="wrap site-footer__inner">
        <section aria-labelledby="footer-community">
          <h2 id="footer-community">{site.title}</h2>
          <p>{site.description}</p>
        </section>
        <nav aria-labelledby="footer-pages">
          <h2 id="footer-pages">More</h2>
          <ul>
            {[...community.pages.map((entry) => ({ label: entry.title, url: entry.url })), ...FOOTER_LINKS].map((entry) => (
              <li key={entry.url}>
                <a href={entry.url} aria-current={page.url === entry.url ? "page" : undefined}>
                  {entry.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">Stay in touch</h2>
          <ul>
            <li>
              <a href={site.mailingList}>Join the mailing list</a>
            </li>
            <li>
              <a href={`mailto:${site.contact}`}>{site.contact}</a>
            </li>
            <li>
              <a href={routes.feed}>News feed (Atom)</a>
            </li>
            <li>
              <a href={routes.calendar}>Events calendar (iCalendar)</a>
            </li>
            <li>
              <a href={site.repository}>Source of this site</a>
            </li>
          </ul>
        </section>
      </div>
      <p class="wrap licence">
        Text on this site is available under <a href={site.licenceUrl}>{site.licence}</a>. Workshop materials belong to their authors.
      </p>
    </footer>
  );
}
