// The data every page template receives from Eleventy.
import type { Bundles } from "../assets/bundle.ts";
import type { Community } from "../collections/community.ts";
import type { Site } from "../schema/site.ts";

export interface EleventyPage {
  url: string;
  inputPath: string;
  outputPath: string | false;
}

export interface TemplateData {
  site: Site;
  community: Community;
  bundles: Bundles;
  page: EleventyPage;
}
