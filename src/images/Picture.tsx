// The one way a resized picture is written into a page: by the layouts, and by the Markdown renderer for pictures in text.
import type { ResponsiveImage } from "./process.ts";

/** The `sizes` of a picture as wide as the text column: 42rem once the screen is wider than the column with its margins. */
export const TEXT_COLUMN = "(min-width: 46rem) 42rem, 100vw";

/** A picture resized at build time: WebP first, the fallback with its size, loaded lazily. */
export function Picture({ image, alt, sizes, className }: { image: ResponsiveImage; alt: string; sizes: string; className?: string | undefined }) {
  return (
    <picture class={className}>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcset={source.srcset} sizes={sizes} />
      ))}
      <img src={image.src} width={image.width} height={image.height} alt={alt} loading="lazy" decoding="async" />
    </picture>
  );
}
