// A forwarding page at each old address a host answers with a page (see src/redirects/).
import type { Redirect } from "../redirects/old-addresses.ts";
import { forwardingPagePermalink } from "../redirects/old-addresses.ts";
import { ForwardingPage } from "../redirects/ForwardingPage.tsx";
import type { TemplateData } from "../layouts/types.ts";
import { inOriginalLanguage } from "../layouts/in-language.ts";

type Data = TemplateData & { redirect: Redirect };

export const data = {
  pagination: {
    data: "toRender.forwarding",
    size: 1,
    alias: "redirect",
    before: (redirects: Redirect[]) => redirects.filter((redirect) => redirect.answer === "page"),
  },
  permalink: (data: Data) => forwardingPagePermalink(data.redirect.from),
  eleventyExcludeFromCollections: true,
};

export function render(raw: Data) {
  const data = inOriginalLanguage(raw);
  return <ForwardingPage site={data.site} redirect={data.redirect} />;
}
