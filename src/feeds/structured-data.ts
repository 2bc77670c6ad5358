// schema.org descriptions for search engines, as JSON-LD, built from the same typed content as the pages.
import type { WorkshopView } from "../collections/community.ts";
import type { NewsPost, Partner } from "../content/load.ts";
import type { Site } from "../schema/site.ts";
import { publicUrl } from "../routes.ts";

type JsonLd = Record<string, unknown>;

/** The community itself; `logo` is the site path of its icon. */
export function organization(site: Site, logo: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: site.title,
    description: site.description,
    url: publicUrl(site, "/"),
    logo: publicUrl(site, logo),
    email: site.contact,
    // The community is reached through its mailing list: the address posts to it, the page signs up to it.
    contactPoint: { "@type": "ContactPoint", contactType: "community mailing list", email: site.contact, url: site.mailingList },
    sameAs: [site.repository],
  };
}

/** A partner organisation; `logo` is the site path of the resized logo its page shows. */
export function partnerOrganization(partner: Partner, site: Site, description: string, logo: string | undefined): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: partner.name,
    description,
    url: partner.website,
    ...(logo ? { logo: publicUrl(site, logo) } : {}),
    // A regional network has no address, only the region it serves.
    ...(partner.country ? { address: { "@type": "PostalAddress", addressCountry: partner.country } } : {}),
    ...(partner.region ? { areaServed: partner.region } : {}),
  };
}

/** Dates of an all-day event are plain days; schema.org takes them as ISO dates. */
export function workshopEvent(workshop: WorkshopView, site: Site): JsonLd {
  const location =
    workshop.online || !workshop.location
      ? { "@type": "VirtualLocation", url: publicUrl(site, workshop.url) }
      : {
          "@type": "Place",
          name: workshop.location.venue ?? workshop.location.city ?? workshop.countryName,
          address: {
            "@type": "PostalAddress",
            ...(workshop.location.city ? { addressLocality: workshop.location.city } : {}),
            addressCountry: workshop.location.country,
          },
        };
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: workshop.title,
    description: workshop.summary,
    url: publicUrl(site, workshop.url),
    startDate: workshop.start,
    endDate: workshop.end ?? workshop.start,
    // schema.org has no "past" status: a held event stays EventScheduled, and its end date says it is over.
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: workshop.online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
    location,
    organizer: { "@type": "Organization", name: site.title, url: publicUrl(site, "/") },
    ...(workshop.materialList.length > 0
      ? {
          workFeatured: workshop.materialList.map((material) => ({
            "@type": "CreativeWork",
            name: material.title,
            url: material.href.startsWith("/") ? publicUrl(site, material.href) : material.href,
          })),
        }
      : {}),
  };
}

/** `changed` is the post's last commit (YYYY-MM-DD), if git has one; `image` the site path of its resized picture. */
export function newsArticle(post: NewsPost, site: Site, changed: string | undefined, image: string | undefined): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: post.title,
    description: post.summary,
    datePublished: post.date,
    // A post committed ahead of its date was not modified before it was published.
    dateModified: changed && changed > post.date ? changed : post.date,
    url: publicUrl(site, post.url),
    author: post.authors.map((name) => ({ "@type": "Person", name })),
    publisher: { "@type": "Organization", name: site.title, url: publicUrl(site, "/") },
    ...(image ? { image: publicUrl(site, image) } : {}),
  };
}

/** JSON for a <script type="application/ld+json"> element: "<" is escaped so no value can close the element. */
export function jsonForScript(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
