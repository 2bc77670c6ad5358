// Every kind of Markdown content, in the order the site lists them; the loader, the checks and the build walk this
// list, so a new kind of content is added here once.
import type { ContentType } from "./content-type.ts";
import { newsType } from "./news.ts";
import { pageType } from "./page.ts";
import { partnerType } from "./partner.ts";
import { projectType } from "./project.ts";
import { workshopType } from "./workshop.ts";

export const CONTENT_TYPES: ReadonlyArray<ContentType<unknown>> = [pageType, workshopType, partnerType, newsType, projectType] as ReadonlyArray<
  ContentType<unknown>
>;
