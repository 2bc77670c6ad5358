// Member organisations of the community: content/partners/<slug>.md.
import type { z } from "zod";
import { defineContentType } from "./content-type.ts";
import { assetPath, countryCode, countryOrRegion, draft, fields, oneOf, text, webAddress, year, oldAddresses } from "./fields.ts";

const PARTNER_KINDS = ["gbif-node", "institution", "network", "company"] as const;

export const partnerFields = fields(
  {
    name: text(),
    /** Where the organisation is based; regional networks give a region instead. */
    country: countryCode().optional(),
    region: text().optional(),
    kind: oneOf(PARTNER_KINDS, "kind of partner"),
    website: webAddress(),
    logo: assetPath("an image path such as /assets/images/partners/gbif-spain.png").optional(),
    /** The year the organisation joined the community. */
    joined: year().optional(),
    /** Addresses this page had on the old site; each keeps answering and leads here. */
    redirect_from: oldAddresses(),
    draft: draft(),
  },
  countryOrRegion("network"),
);

export type PartnerFields = z.infer<typeof partnerFields>;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const partnerType = defineContentType<PartnerFields>({
  collection: "partners",
  folder: "content/partners",
  noun: "partner",
  schema: partnerFields,
  url: (slug) => `/partners/${slug}/`,
  references: [{ path: ["logo"], target: "site" }],
  pictures: [{ path: ["logo"], use: "logo" }],
});
