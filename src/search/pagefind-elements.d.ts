// Pagefind's component UI elements, so the search page template type-checks like any other.
import type { HTMLAttributes } from "preact";

type PagefindAttributes = HTMLAttributes<HTMLElement>;

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements {
      "pagefind-config": PagefindAttributes & { "bundle-path"?: string; "base-url"?: string; "excerpt-length"?: string };
      "pagefind-input": PagefindAttributes & { placeholder?: string; autofocus?: boolean; debounce?: string };
      "pagefind-summary": PagefindAttributes & { "default-message"?: string };
      "pagefind-filter-pane": PagefindAttributes & { "show-empty"?: string; open?: boolean };
      "pagefind-results": PagefindAttributes & { "max-results"?: string };
    }
  }
}
