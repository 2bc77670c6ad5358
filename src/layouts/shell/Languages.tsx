// The language switcher at the top of every page: plain links to the same page in each language (its translation,
// or the page that stands in for one), which work without JavaScript and remember nothing. And the notice on a page
// whose text is not, or no longer, a translation of the original.
import type { Localization } from "../../collections/localized.ts";
import { localPath, routes } from "../../routes.ts";
import { languageName } from "../../schema/format.ts";
import type { TemplateData } from "../types.ts";

export function LanguageSwitcher({ data }: { data: TemplateData }) {
  const { community, language, path, languageCodes } = data;
  if (community.languages.length < 2) return null;
  return (
    <nav class="language-switcher" aria-label={data.strings.site.language.switcher}>
      <ul class="wrap">
        {community.languages.map(({ code, name }) => (
          <li key={code}>
            <a href={localPath(path, code, languageCodes[0]!)} hreflang={code} lang={code} aria-current={code === language.code ? "true" : undefined}>
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function LanguageNotice({ data, localization }: { data: TemplateData; localization: Localization }) {
  if (localization.state !== "missing" && localization.state !== "outdated") return null;
  const strings = data.strings.site.language;
  const original = data.languageCodes[0]!;
  const originalName = languageName(original, data.strings.locale);
  return (
    <p class="wrap language-notice" role="note">
      {localization.state === "missing" ? strings.notTranslated(originalName) : strings.outdated(originalName)}{" "}
      <a href={localPath(data.path, original, original)} hreflang={original}>
        {strings.readOriginal(originalName)}
      </a>
      {" · "}
      <a href={localPath(routes.translations, data.language.code, original)}>{strings.helpTranslate}</a>
    </p>
  );
}
