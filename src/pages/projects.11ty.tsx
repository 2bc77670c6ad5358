// Funded community projects, newest first.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { PageHeader } from "../layouts/components.tsx";
import { inEveryLanguage, inPageLanguage, type EveryLanguageData } from "../layouts/in-language.ts";

export const data = { ...inEveryLanguage(routes.projects) };

export function render(raw: EveryLanguageData) {
  const data = inPageLanguage(raw);
  const strings = data.strings.sections.projects;
  return (
    <Base data={data} title={strings.title} description={strings.description}>
      <div class="wrap narrow">
        <PageHeader title={strings.title} lead={strings.description} />
        <ul class="plain-list">
          {data.community.projects.map((project) => (
            <li key={project.url} class="project-item">
              <h2>
                <a href={project.url}>{project.title}</a>
              </h2>
              <p class="muted">
                {project.code} · {project.period} · {strings.ledBy(project.leadPartner.name)}
              </p>
            </li>
          ))}
        </ul>
      </div>
    </Base>
  );
}
