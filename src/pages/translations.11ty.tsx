// Where translators start: for each language but the original's, every page of the site, translated, behind its
// original (with the original's changes since), or not translated yet, each with the link that edits or creates its
// translation on GitHub. The same status as `npm run translations` prints.
import { localPath, routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { DateText, PageHeader, TableScroll } from "../layouts/components.tsx";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";
import type { TemplateData } from "../layouts/types.ts";
import {
  commitAddress,
  createAddress,
  editAddress,
  translationStatus,
  type LanguageTranslations,
  type RecordTranslation,
} from "../collections/translation-status.ts";
import { languageName } from "../schema/format.ts";

export const data = { ...inEveryLanguage(routes.translations) };

/** The translators' guide: the section of CONTRIBUTING.md on the branch editors propose changes to. */
const guideAddress = ({ repository, branch }: TemplateData["site"]) => `${repository}/blob/${branch}/CONTRIBUTING.md#translating-the-site`;

const sectionId = (code: string) => `translations-${code}`;

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  const strings = data.strings.sections.translations;
  const languages = translationStatus(data.communities);
  return (
    <Base data={data} title={strings.title} description={strings.description}>
      <div class="wrap">
        <PageHeader title={strings.title} lead={strings.description}>
          <p class="page-header__meta">
            <a href={guideAddress(data.site)}>{strings.guide}</a>
          </p>
        </PageHeader>
        {languages.length === 0 ? <p>{strings.none}</p> : null}
        {languages.length > 1 ? (
          <nav class="year-index" aria-label={strings.languages}>
            <ul>
              {languages.map(({ language }) => (
                <li key={language.code}>
                  <a href={`#${sectionId(language.code)}`} lang={language.code}>
                    {language.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {languages.map((status) => (
          <LanguageSection key={status.language.code} data={data} status={status} />
        ))}
      </div>
    </Base>
  );
}

function LanguageSection({ data, status }: { data: TemplateData; status: LanguageTranslations }) {
  const strings = data.strings.sections.translations;
  const { language, records, counts } = status;
  return (
    <section aria-labelledby={sectionId(language.code)} class="year">
      <h2 id={sectionId(language.code)} lang={language.code}>
        {language.name}
      </h2>
      <p>{strings.summary(counts.translated, counts.records, counts.outdated)}</p>
      <TableScroll label={strings.table(languageName(language.code, data.strings.locale))}>
        <table class="translation-status">
          <thead>
            <tr>
              <th scope="col">{strings.columns.page}</th>
              <th scope="col">{strings.columns.state}</th>
              <th scope="col">{strings.columns.file}</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <RecordRow key={record.original} data={data} code={language.code} record={record} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** One record: its title (linking to its page in the language, once there is one), its state, and its translation's file on GitHub. */
function RecordRow({ data, code, record }: { data: TemplateData; code: string; record: RecordTranslation }) {
  const strings = data.strings.sections.translations;
  const original = data.languageCodes[0]!;
  const site = data.site;
  return (
    <tr>
      <th scope="row" lang={record.textLanguage !== data.language.code ? record.textLanguage : undefined}>
        {record.state === "missing" ? (
          record.title
        ) : (
          <a href={localPath(record.url, code, original)} hreflang={code}>
            {record.title}
          </a>
        )}
      </th>
      <td>
        <span class={`badge badge--translation-${record.state}`}>{strings.state[record.state]}</span>
        {record.changes.length > 0 ? (
          <>
            <p class="translation-changes__intro">{strings.changes}</p>
            <ul class="translation-changes">
              {record.changes.map((change) => (
                <li key={change.hash}>
                  <DateText date={change.date} />{" "}
                  <a href={commitAddress(site, change.hash)} lang={original !== data.language.code ? original : undefined}>
                    {change.subject}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </td>
      <td>
        {record.state === "missing" ? (
          <a href={createAddress(site, record.file)}>{strings.create}</a>
        ) : (
          <a href={editAddress(site, record.file)}>{strings.edit}</a>
        )}
      </td>
    </tr>
  );
}
