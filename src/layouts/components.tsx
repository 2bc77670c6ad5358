// Small pieces that several pages share. Sibling elements that read as words of their own have a space between them,
// which their flex, grid or table layout does not show: search reads the HTML's text, where they would run together.
import type { ComponentChildren } from "preact";
import { formatDate } from "../collections/dates.ts";
import type { Group, InstallationView, MaterialView, WorkshopView } from "../collections/community.ts";
import type { NewsPost } from "../content/load.ts";
import { CATALOGUES, useLanguage, useStrings, type Catalogue } from "../i18n/catalogues.ts";
import type { Localized } from "../collections/localized.ts";
import { textLanguage } from "./in-language.ts";
import type { InstallationStatus } from "../schema/installation.ts";
import type { Participant } from "../schema/participant.ts";
import type { EventStatus } from "../schema/workshop.ts";

/** Markdown rendered at load time and checked there for scripts, handlers and unsafe links: the only raw HTML a page prints. */
/** `lang` names the text's language where it differs from the page's: an original shown where no translation is. */
export function Prose({ html, lang }: { html: string; lang?: string | undefined }) {
  if (html.trim() === "") return null;
  return <div class="prose" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}

export function PageHeader({
  title,
  lead,
  lang,
  children,
}: {
  title: string;
  lead?: string | undefined;
  lang?: string | undefined;
  children?: ComponentChildren;
}) {
  return (
    <header class="page-header">
      <h1 lang={lang}>{title}</h1>
      {children}
      {lead ? (
        <p class="lead" lang={lang}>
          {lead}
        </p>
      ) : null}
    </header>
  );
}

export function Breadcrumbs({ trail }: { trail: Array<{ label: string; url: string }> }) {
  return (
    <nav class="breadcrumbs" aria-label={useStrings().site.components.breadcrumbs}>
      <ol>
        {trail.map((step) => (
          <li key={step.url}>
            <a href={step.url}>{step.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function DateText({ date }: { date: string }) {
  return <time datetime={date}>{formatDate(date, useLanguage())}</time>;
}

export function EventDates({ workshop }: { workshop: Pick<WorkshopView, "start" | "dates"> }) {
  return <time datetime={workshop.start}>{workshop.dates}</time>;
}

export function EventStatusBadge({ status }: { status: EventStatus }) {
  return <span class={`badge badge--${status}`}>{useStrings().labels.eventStatus[status]}</span>;
}

function InstallationStatusBadge({ status }: { status: InstallationStatus }) {
  return <span class={`badge badge--status-${status}`}>{useStrings().labels.installationStatus[status]}</span>;
}

/** One event in a list: date, title, place and kind. */
export function EventItem({ workshop, headingLevel = 3 }: { workshop: WorkshopView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article class="event">
      <p class="event__date">
        <EventDates workshop={workshop} />
      </p>
      <Heading class="event__title">
        <a href={workshop.url} lang={textLanguage(workshop)}>
          {workshop.title}
        </a>
      </Heading>
      <p class="event__meta">
        <span>{useStrings().labels.eventKind[workshop.kind]}</span> <span>{workshop.place}</span>{" "}
        {workshop.materialList.length > 0 ? <span>{useStrings().site.components.materialCount(workshop.materialList.length)}</span> : null}{" "}
        {workshop.status !== "past" ? <EventStatusBadge status={workshop.status} /> : null}
      </p>
    </article>
  );
}

/** "PDF, 1.2 MB" for a file on this site, "YouTube video, external link" for one elsewhere; pages pass data.strings. */
export function materialDetails(material: MaterialView, strings: Catalogue = CATALOGUES.en): string {
  const { components } = strings.site;
  const where = material.local ? undefined : material.href.startsWith("/") ? components.pageOnThisSite : components.externalLink;
  return [material.formatLabel, material.bytes !== undefined ? components.fileSize(material.bytes) : undefined, where].filter(Boolean).join(", ");
}

export function MaterialList({ materials }: { materials: MaterialView[] }) {
  const strings = useStrings();
  return (
    <ul class="materials">
      {materials.map((material, index) => (
        <li key={`${material.url}-${index}`} class="material">
          <span class="material__kind">{useStrings().labels.materialKind[material.kind]}</span>{" "}
          <a href={material.href} class="material__title">
            {material.title}
          </a>{" "}
          <span class="material__meta">{materialDetails(material, strings)}</span>{" "}
          {material.authors?.length ? <span class="material__authors">{material.authors.join("; ")}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** One news post in a list: date, title and summary. */
export function NewsItem({ post, headingLevel = 3 }: { post: Localized<NewsPost>; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li class="news-item">
      <p class="news-item__date">
        <DateText date={post.date} />
      </p>
      <Heading>
        <a href={post.url} lang={textLanguage(post)}>
          {post.title}
        </a>
      </Heading>
      <p lang={textLanguage(post)}>{post.summary}</p>
    </li>
  );
}

/** Groups by year, newest first, each a section under its heading, after links to each year; `id` starts each year's anchor. */
export function YearSections<T>({ years, id, children }: { years: Array<Group<T>>; id: string; children: (group: Group<T>) => ComponentChildren }) {
  return (
    <>
      <nav class="year-index" aria-label={useStrings().site.components.years}>
        <ul>
          {years.map((group) => (
            <li key={group.key}>
              <a href={`#${id}-${group.key}`}>{group.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {years.map((group) => (
        <section key={group.key} aria-labelledby={`${id}-${group.key}`} class="year">
          <h2 id={`${id}-${group.key}`}>{group.label}</h2>
          {children(group)}
        </section>
      ))}
    </>
  );
}

/** A table that scrolls sideways on narrow screens, reachable from the keyboard and named for screen readers. */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <section class="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

export function ParticipantsTable({ participants }: { participants: Participant[] }) {
  const strings = useStrings().site.components.participants;
  return (
    <TableScroll label={strings.table}>
      <table>
        <thead>
          <tr>
            <th scope="col">{strings.name}</th> <th scope="col">{strings.organisation}</th> <th scope="col">{strings.country}</th>
          </tr>
        </thead>{" "}
        <tbody>
          {participants.map((participant, index) => (
            <tr key={index}>
              <td>{participant.name}</td>
              <td>{participant.organisation}</td>
              <td>{participant.country}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function InstallationsTable({
  installations,
  caption,
  showPartner = true,
}: {
  installations: InstallationView[];
  caption: string;
  showPartner?: boolean;
}) {
  const strings = useStrings().site.components.installations;
  return (
    <TableScroll label={caption}>
      <table class="installations">
        <caption>{caption}</caption>{" "}
        <thead>
          <tr>
            <th scope="col">{strings.portal}</th> <th scope="col">{strings.place}</th> <th scope="col">{strings.status}</th>{" "}
            <th scope="col">{strings.launched}</th> <th scope="col">{strings.languages}</th> {showPartner ? <th scope="col">{strings.runBy}</th> : null}
          </tr>
        </thead>{" "}
        <tbody>
          {installations.map((installation) => (
            <tr key={installation.id} id={`installation-${installation.id}`}>
              <th scope="row">{installation.url ? <a href={installation.url}>{installation.name}</a> : installation.name}</th>
              <td>{installation.place}</td>
              <td>
                <InstallationStatusBadge status={installation.status} />
              </td>
              <td>{installation.launched ?? "–"}</td>
              <td>{installation.languageNames.length > 0 ? installation.languageNames.join(", ") : "–"}</td>
              {showPartner ? <td>{installation.runBy ? <a href={installation.runBy.url}>{installation.runBy.name}</a> : "–"}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Label and value pairs, such as the facts box of a workshop. */
export function Facts({ items }: { items: Array<[string, ComponentChildren | undefined | null]> }) {
  const shown = items.filter(([, value]) => value !== undefined && value !== null && value !== "");
  return (
    <dl class="facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt> <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
