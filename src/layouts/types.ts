// The data every page template receives from Eleventy.
import type { SiteAssets } from "../assets/write.ts";
import type { Community } from "../collections/community.ts";
import type { Site } from "../schema/site.ts";

interface EleventyPage {
  url: string;
  inputPath: string;
  outputPath: string | false;
}

export interface TemplateData {
  site: Site;
  community: Community;
  assets: SiteAssets;
  page: EleventyPage;
}
