// schema.org descriptions for search engines, as JSON-LD, built from the same typed content as the pages.
import type { WorkshopView } from "../collections/community.ts";
import type { NewsPost } from "../content/load.ts";
import type { Site } from "../schema/site.ts";
import { publicUrl } from "../routes.ts";

type JsonLd = Record<string, unknown>;

export function organization(site: Site): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: site.title,
    description: site.description,
    url: publicUrl(site, "/"),
    email: site.contact,
    sameAs: [site.repository],
  };
}

/** Dates of an all-day event are plain days; schema.org takes them as ISO dates. */
export function workshopEvent(workshop: WorkshopView, site: Site): JsonLd {
  const location = workshop.online || !workshop.location
    ? { "@type": "VirtualLocation", url: publicUrl(site, workshop.url) }
    : {
        "@type": "Place",
        name: workshop.location.venue ?? workshop.location.city ?? workshop.countryName,
        address: { "@type": "PostalAddress", ...(workshop.location.city ? { addressLocality: workshop.location.city } : {}), addressCountry: workshop.location.country },
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
    ...(workshop.materialList.length > 0 ? { workFeatured: workshop.materialList.map((material) => ({ "@type": "CreativeWork", name: material.title, url: material.href.startsWith("/") ? publicUrl(site, material.href) : material.href })) } : {}),
  };
}

export function newsArticle(post: NewsPost, site: Site, image: string | undefined): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: post.title,
    description: post.summary,
    datePublished: post.date,
    url: publicUrl(site, post.url),
    author: post.authors.map((name) => ({ "@type": "Person", name })),
    publisher: { "@type": "Organization", name: site.title, url: publicUrl(site, "/") },
    ...(image ? { image: publicUrl(site, image) } : {}),
  };
}

/** JSON for a <script type="application/ld+json"> element: "<" is escaped so no value can close the element. */
export function jsonForScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
