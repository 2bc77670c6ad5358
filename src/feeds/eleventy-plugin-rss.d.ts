// The two helpers of the Eleventy RSS plugin the feeds use; the plugin ships JavaScript without types.
declare module "@11ty/eleventy-plugin-rss" {
  /** A date as RFC 3339, as Atom's <updated> holds it. */
  export function dateToRfc3339(date: Date): string;
  /** The HTML with every link and picture address made absolute against `base`. */
  export function convertHtmlToAbsoluteUrls(html: string, base: string): Promise<string>;
}
