// Images editors add (news pictures, partner logos, pictures in Markdown) are resized and converted by
// @11ty/eleventy-img at build time: WebP with a JPEG or PNG fallback, in a few widths, never the original upload.
import { createRequire } from "node:module";
import { extname, join } from "node:path";

export interface ImageSource {
  type: string;
  srcset: string;
}

export interface ResponsiveImage {
  sources: ImageSource[];
  /** The fallback <img>: the largest generated width, with its size so the page does not jump while loading. */
  src: string;
  width: number;
  height: number;
}

/** What an image is for decides its widths: logos stay small, pictures fill the text column. */
export type ImageUse = "picture" | "logo";

// 800 px fills the 42rem text column on most screens and keeps even a noisy photo under the 200 KB budget.
const WIDTHS: Record<ImageUse, number[]> = { picture: [400, 800], logo: [160, 320] };

interface GeneratedImage {
  url: string;
  width: number;
  height: number;
  sourceType: string;
  srcset: string;
}

type EleventyImage = (source: string, options: Record<string, unknown>) => Promise<Record<string, GeneratedImage[]>>;

const require = createRequire(import.meta.url);
const eleventyImage = require("@11ty/eleventy-img") as EleventyImage;

/** Converts each site path in `images` found under `root`, writing to `<output>/assets/images/generated/`. */
export async function processImages(root: string, output: string, images: ReadonlyMap<string, ImageUse>): Promise<Map<string, ResponsiveImage>> {
  const processed = new Map<string, ResponsiveImage>();
  await Promise.all(
    [...images].map(async ([src, use]) => {
      const file = join(root, decodeURI(src));
      // Logos keep PNG as the fallback for their transparency; photos and screenshots become JPEG.
      const isVector = extname(file).toLowerCase() === ".svg";
      const metadata = await eleventyImage(file, {
        widths: isVector ? ["auto"] : WIDTHS[use],
        formats: isVector ? ["svg"] : ["webp", use === "logo" ? "png" : "jpeg"],
        outputDir: join(output, "assets/images/generated"),
        urlPath: "/assets/images/generated/",
        sharpWebpOptions: { quality: 75 },
        sharpJpegOptions: { quality: 75, mozjpeg: true },
        svgShortCircuit: true,
      });
      const formats = Object.values(metadata).filter((entries) => entries.length > 0);
      const last = formats.at(-1)!;
      const largest = last.at(-1)!;
      processed.set(src, {
        sources: formats.slice(0, -1).map((entries) => ({ type: entries[0]!.sourceType, srcset: entries.map((entry) => entry.srcset).join(", ") })),
        src: largest.url,
        width: largest.width,
        height: largest.height,
      });
    }),
  );
  return processed;
}
