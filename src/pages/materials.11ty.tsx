// Every material of every workshop in one table, grouped by year: a way to browse them without search or JavaScript.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { materialDetails, PageHeader, TableScroll, YearSections } from "../layouts/components.tsx";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";

export const data = { ...inEveryLanguage(routes.materials) };

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  const { community } = data;
  const strings = data.strings.sections.materials;
  const years = community.workshopsByYear
    .map((group) => ({ ...group, items: group.items.flatMap((workshop) => workshop.materialList.map((material) => ({ workshop, material }))) }))
    .filter((group) => group.items.length > 0);
  const total = years.reduce((sum, group) => sum + group.items.length, 0);
  const description = strings.description(total);
  return (
    <Base data={data} title={strings.title} description={description}>
      <div class="wrap">
        <PageHeader title={strings.title} lead={description}>
          <p class="page-header__meta">
            <a href={routes.search}>{strings.search}</a>
          </p>
        </PageHeader>
        <YearSections years={years} id="materials">
          {(group) => (
            <TableScroll label={strings.table(group.label)}>
              <table class="materials-table">
                <thead>
                  <tr>
                    <th scope="col">{strings.columns.material}</th>
                    <th scope="col">{strings.columns.kind}</th>
                    <th scope="col">{strings.columns.authors}</th>
                    <th scope="col">{strings.columns.format}</th>
                    <th scope="col">{strings.columns.event}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.items.map(({ workshop, material }, index) => (
                    <tr key={`${workshop.slug}-${index}`}>
                      <th scope="row">
                        <a href={material.href}>{material.title}</a>
                      </th>
                      <td>{data.strings.labels.materialKind[material.kind]}</td>
                      <td>{material.authors?.join("; ") ?? "–"}</td>
                      <td>{materialDetails(material, data.strings) || "–"}</td>
                      <td>
                        <a href={workshop.url}>{workshop.title}</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </YearSections>
      </div>
    </Base>
  );
}
