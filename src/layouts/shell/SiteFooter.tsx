// The footer every page shares: what the community is, the standing pages and a few others, and how to stay in touch.
import { routes } from "../../routes.ts";
import { useStrings, type Catalogue } from "../../i18n/catalogues.ts";
import type { TemplateData } from "../types.ts";

/** Pages the footer lists after the standing pages. */
const footerLinks = (strings: Catalogue["site"]["footer"]) => [
  { label: strings.materials, url: routes.materials },
  { label: strings.search, url: routes.search },
  { label: strings.translations, url: routes.translations },
];

export function SiteFooter({ data }: { data: TemplateData }) {
  const { site, path, community } = data;
  const strings = useStrings().site.footer;
  return (
    <footer class="site-footer">
      <div class="wrap site-footer__inner">
        <section aria-labelledby="footer-community">
          <h2 id="footer-community">{site.title}</h2>
          <p>{site.description}</p>
        </section>
        <nav aria-labelledby="footer-pages">
          <h2 id="footer-pages">{strings.more}</h2>
          <ul>
            {[...community.pages.map((entry) => ({ label: entry.title, url: entry.url })), ...footerLinks(strings)].map((entry) => (
              <li key={entry.url}>
                <a href={entry.url} aria-current={path === entry.url ? "page" : undefined}>
                  {entry.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">{strings.stayInTouch}</h2>
          <ul>
            <li>
              <a href={site.mailingList}>{strings.mailingList}</a>
            </li>
            <li>
              <a href={`mailto:${site.contact}`}>{site.contact}</a>
            </li>
            <li>
              <a href={routes.feed}>{strings.newsFeed}</a>
            </li>
            <li>
              <a href={routes.calendar}>{strings.eventsCalendar}</a>
            </li>
            <li>
              <a href={site.repository}>{strings.source}</a>
            </li>
          </ul>
        </section>
      </div>
      <p class="wrap licence">
        {strings.licenceBefore}
        <a href={site.licenceUrl}>{site.licence}</a>
        {strings.licenceAfter}
      </p>
    </footer>
  );
}
