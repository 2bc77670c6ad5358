// Every material of every workshop in one table, grouped by year: a way to browse them without search or JavaScript.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { materialDetails, PageHeader, TableScroll, YearSections } from "../layouts/components.tsx";
import { plural } from "../schema/format.ts";
import { MATERIAL_KIND_LABELS } from "../schema/labels.ts";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.materials };

export function render(data: TemplateData) {
  const { community } = data;
  const years = community.workshopsByYear
    .map((group) => ({ ...group, items: group.items.flatMap((workshop) => workshop.materialList.map((material) => ({ workshop, material }))) }))
    .filter((group) => group.items.length > 0);
  const total = years.reduce((sum, group) => sum + group.items.length, 0);
  const description = `${plural(total, "presentation, poster, video and document", "presentations, posters, videos and documents")} from the community's workshops and conferences, by year.`;
  return (
    <Base data={data} title="Workshop materials" description={description}>
      <div class="wrap">
        <PageHeader title="Workshop materials" lead={description}>
          <p class="page-header__meta">
            <a href={routes.search}>Search inside them</a>
          </p>
        </PageHeader>
        <YearSections years={years} id="materials">
          {(group) => (
            <TableScroll label={`Materials from ${group.label}`}>
              <table class="materials-table">
                <thead>
                  <tr>
                    <th scope="col">Material</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Authors</th>
                    <th scope="col">Format</th>
                    <th scope="col">Event</th>
                  </tr>
                </thead>
                <tbody>
                  {group.items.map(({ workshop, material }, index) => (
                    <tr key={`${workshop.slug}-${index}`}>
                      <th scope="row">
                        <a href={material.href}>{material.title}</a>
                      </th>
                      <td>{MATERIAL_KIND_LABELS[material.kind]}</td>
                      <td>{material.authors?.join("; ") ?? "–"}</td>
                      <td>{materialDetails(material) || "–"}</td>
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
