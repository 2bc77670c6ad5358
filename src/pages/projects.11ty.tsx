// Funded community projects, newest first.
import { routes } from "../routes.ts";
import { Base } from "../layouts/Base.tsx";
import { PageHeader } from "../layouts/components.tsx";
import type { TemplateData } from "../layouts/types.ts";

export const data = { permalink: routes.projects };

export function render(data: TemplateData) {
  const description = "Projects that paid for the community's workshops, translations and documentation, and who led them.";
  return (
    <Base data={data} title="Projects" description={description}>
      <div class="wrap narrow">
        <PageHeader title="Projects" lead={description} />
        <ul class="plain-list">
          {data.community.projects.map((project) => (
            <li key={project.url} class="project-item">
              <h2>
                <a href={project.url}>{project.title}</a>
              </h2>
              <p class="muted">
                {project.code} · {project.period} · led by {project.leadPartner.name}
              </p>
            </li>
          ))}
        </ul>
      </div>
    </Base>
  );
}
