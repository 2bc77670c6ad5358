// The Living Atlases portals, one block each in _data/installations.yaml.
import type { z } from "zod";
import { INSTALLATION_STATUSES } from "./installation-statuses.ts";

export { INSTALLATION_STATUSES, type InstallationStatus } from "./installation-statuses.ts";
import { coordinate, countryCode, countryOrRegion, fields, languageCode, list, oneOf, slug, text, webAddress, year, oldAddresses } from "./fields.ts";

export const installationFields = fields(
  {
    /** Stable name used in links and filters; never reuse one. */
    id: slug(),
    name: text(),
    /** The portal's address, once there is one. */
    url: webAddress().optional(),
    country: countryCode().optional(),
    /** For portals that serve several countries, such as "Caribbean". */
    region: text().optional(),
    status: oneOf(INSTALLATION_STATUSES, "status"),
    launched: year().optional(),
    languages: list(languageCode(), "language codes"),
    lat: coordinate("latitude").optional(),
    lon: coordinate("longitude").optional(),
    /** The partner that runs the portal. */
    partner: slug().optional(),
    /** The portal's page on the old site, such as /participants/gbif_spain/; it leads to the portal's row here. */
    redirect_from: oldAddresses(),
  },
  countryOrRegion("portal"),
  ({ lat, lon }, context) => {
    if ((lat === undefined) !== (lon === undefined)) {
      context.addIssue({ code: "custom", path: [lat === undefined ? "lat" : "lon"], message: "missing (expected both lat and lon, or neither)" });
    }
  },
);

export type Installation = z.infer<typeof installationFields>;

export const INSTALLATIONS_FILE = "_data/installations.yaml";
