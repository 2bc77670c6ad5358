// What the map's browser code receives, as JSON: only what a popup shows, never code.
import type { Community } from "../collections/community.ts";
import { CATALOGUES } from "../i18n/catalogues.ts";
import { localPath, withBasePath } from "../routes.ts";
import type { InstallationStatus } from "../schema/installation.ts";

export interface MapInstallation {
  id: string;
  name: string;
  place: string;
  status: InstallationStatus;
  statusLabel: string;
  launched: number | null;
  languages: string[];
  /** The portal's own address. */
  url: string | null;
  /** The partner that runs it, and its page on this site. */
  partner: { name: string; url: string } | null;
  lat: number;
  lon: number;
}

/** Installations that have coordinates, in the community's language, sorted by id so the file is the same from build to build. */
export function mapInstallations(community: Community): MapInstallation[] {
  const { labels } = CATALOGUES[community.language.code];
  const partnerPage = (url: string) => withBasePath(community.site, localPath(url, community.language.code, community.languages[0]!.code));
  return community.installations
    .filter((installation) => installation.lat !== undefined && installation.lon !== undefined)
    .map((installation) => ({
      id: installation.id,
      name: installation.name,
      place: installation.place,
      status: installation.status,
      statusLabel: labels.installationStatus[installation.status],
      launched: installation.launched ?? null,
      languages: installation.languageNames,
      url: installation.url ?? null,
      partner: installation.runBy ? { name: installation.runBy.name, url: partnerPage(installation.runBy.url) } : null,
      lat: installation.lat!,
      lon: installation.lon!,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
