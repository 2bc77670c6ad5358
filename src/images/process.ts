// Pictures editors add (news pictures, partner logos, pictures in Markdown) are converted by @11ty/eleventy-img at build
// time: WebP with a JPEG or PNG fallback, in a few widths, never the original upload. Drawings (SVG) are rasterised the
// same way, so nothing an editor uploads is published as it is, and no generated file weighs more than the budget.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { extname, join } from "node:path";
import { imageSize } from "image-size";
import type { Sharp } from "sharp";
import { conversionProblem, MAX_PIXELS, pictureProblem } from "./validate.ts";
import { siteFile } from "../schema/addresses.ts";
import type { PictureUse } from "../schema/content-type.ts";

interface ImageSource {
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

/** Each picture content uses, by its site path: converted, or why it could not be (`what is wrong (expected …)`). */
interface ProcessedImages {
  images: Map<string, ResponsiveImage>;
  failures: Map<string, string>;
}

/** The most any generated file may weigh, whatever was uploaded. */
const IMAGE_BUDGET = 200 * 1024;

// 800 px fills the 42rem text column on most screens; logos are shown 160 px wide, twice that for sharp screens.
const WIDTHS: Record<PictureUse, number[]> = { picture: [400, 800], logo: [160, 320] };
/** WebP's largest side; every format keeps to it, so a very tall picture has the same shape in all of them. */
const LARGEST_SIDE = 16_383;
/** A width between two requested ones is added only when the original is this much wider than the smaller (eleventy-img's default). */
const MINIMUM_STEP = 1.25;
const URL_PATH = "/assets/images/generated/";

/** A file eleventy-img made; with `dryRun` it is only in `buffer`, and `outputPath` is where it would go. */
interface Generated {
  url: string;
  outputPath: string;
  sourceType: string;
  width: number;
  height: number;
  size: number;
  buffer: Buffer;
}

/** The parts of eleventy-img used here (it is CommonJS, without types). */
interface EleventyImage {
  (src: string, options: Record<string, unknown>): Promise<Record<string, Generated[]>>;
  getWidths(original: number, widths: number[], allowUpscale: boolean, minimumThreshold: number): number[];
}
/** eleventy-img, loaded with sharp and libvips (50 ms) by the first picture to convert: most builds have none to. */
let loaded: EleventyImage | undefined;
const eleventyImage = () => (loaded ??= createRequire(import.meta.url)("@11ty/eleventy-img") as EleventyImage);

interface OutputFormat {
  format: "webp" | "jpeg" | "png";
  /** eleventy-img's options, from the usual encoding to the smallest: the next is tried only when a file is over the budget. */
  encodings: Array<Record<string, object>>;
  /**
   * How far over the budget a file may be for the smaller encodings to be worth trying before shrinking it: about what the
   * smallest saved on noise, the hardest input (WebP 20–40 %, JPEG 50 %, PNG with a palette 70–85 %).
   */
  reach: number;
  transform?: (image: Sharp) => Sharp;
}

const qualities = [75, 60, 45];
const WEBP: OutputFormat = { format: "webp", encodings: qualities.map((quality) => ({ sharpWebpOptions: { quality } })), reach: 1.5 };
// JPEG has no transparency: transparent parts become white, as on the page, rather than black.
const JPEG: OutputFormat = {
  format: "jpeg",
  encodings: qualities.map((quality) => ({ sharpJpegOptions: { quality, mozjpeg: true } })),
  reach: 2,
  transform: (image) => image.flatten({ background: "#ffffff" }),
};
// Logos keep PNG as the fallback for their transparency; a palette of 256 colours, then 64, shrinks one that is too heavy
// (effort 1 makes files 0.5 % larger than the default, 7, and is 10 times faster).
const PNG: OutputFormat = {
  format: "png",
  encodings: [
    { sharpPngOptions: {} },
    { sharpPngOptions: { palette: true, quality: 75, effort: 1 } },
    { sharpPngOptions: { palette: true, quality: 50, colours: 64, effort: 1 } },
  ],
  reach: 6,
};
const FORMATS: Record<PictureUse, OutputFormat[]> = { picture: [WEBP, JPEG], logo: [WEBP, PNG] };

/** Pictures converted at once: with their two formats side by side, that keeps sharp's four threads (libuv's pool) busy. */
const CONCURRENCY = 2;

/** Conversions made earlier in this process, so `npm start` converts a picture again only when it changed. */
const converted = new Map<string, { image: ResponsiveImage; files: string[] }>();

/** Converts each site path in `images` found under `root`, writing to `<output>/assets/images/generated/`. */
export async function processImages(root: string, output: string, images: ReadonlyMap<string, PictureUse>): Promise<ProcessedImages> {
  const wanted = [...images].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const outcomes = new Map<string, ResponsiveImage | string>();
  let next = 0;
  const worker = async () => {
    for (let entry = wanted[next++]; entry; entry = wanted[next++]) outcomes.set(entry[0], await processImage(root, output, entry[0], entry[1]));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const processed: ProcessedImages = { images: new Map(), failures: new Map() };
  for (const [src] of wanted) {
    const outcome = outcomes.get(src)!;
    if (typeof outcome === "string") processed.failures.set(src, outcome);
    else processed.images.set(src, outcome);
  }
  return processed;
}

/** One picture's versions, or the problem that prevents them. */
async function processImage(root: string, output: string, src: string, use: PictureUse): Promise<ResponsiveImage | string> {
  const file = join(root, siteFile(src));
  const problem = pictureProblem(file);
  if (problem) return problem;
  try {
    const folder = join(output, "assets/images/generated");
    const key = `${folder}\0${use}\0${createHash("sha256")
      .update(await readFile(file))
      .digest("hex")}`;
    const previous = converted.get(key);
    if (previous && previous.files.every((path) => existsSync(path))) return previous.image;
    const result = await convert(file, extname(file).toLowerCase() === ".svg", use, folder);
    converted.set(key, result);
    return result.image;
  } catch (error) {
    return conversionProblem(error);
  }
}

/** Writes every width of every format of one picture and describes them for <picture>. */
async function convert(file: string, isDrawing: boolean, use: PictureUse, folder: string): Promise<{ image: ResponsiveImage; files: string[] }> {
  // A drawing's own size is only its proportions (it is rendered at the size each version needs), so it has no pixel limit here.
  const { default: sharp } = await import("sharp");
  const metadata = await sharp(file, { limitInputPixels: isDrawing ? false : MAX_PIXELS }).metadata();
  // Phones store photos sideways with an orientation tag; they are turned upright, so their sides swap.
  const upright = (metadata.orientation ?? 1) >= 5;
  const width = (upright ? metadata.height : metadata.width) ?? 0;
  const height = (upright ? metadata.width : metadata.height) ?? 0;
  if (width < 1 || height < 1) throw new Error("it has no width or height");
  // sharp draws a drawing anew at each width, so it stays sharp, but first opens it at its declared size, which may be over
  // the pixel limit: opening it at the density each width needs (and at least a pixel high) makes that size only proportions.
  const density = (target: number) => Math.min(100_000, Math.max(1, (metadata.density ?? 72) * Math.max(target / width, 1 / height)));
  const picture: Picture = {
    file,
    folder,
    // A damaged file fails here rather than being published half grey (eleventy-img lets sharp read one by default).
    sharpOptions: (target) => ({ limitInputPixels: MAX_PIXELS, failOn: "warning", ...(isDrawing ? { density: density(target) } : {}) }),
    // A strip too tall for WebP even one pixel wide cannot keep its proportions: it is squeezed to WebP's largest side.
    squeeze: height > LARGEST_SIDE * width ? (image) => image.resize({ width: 1, height: LARGEST_SIDE, fit: "fill" }) : undefined,
  };
  // Widths are limited so that the height stays within WebP's largest side.
  const widest = Math.max(1, Math.floor((LARGEST_SIDE * width) / height));
  const widths = eleventyImage()
    .getWidths(width, WIDTHS[use], isDrawing, MINIMUM_STEP)
    .map((target) => Math.min(target, widest));
  const files: string[] = [];
  const versions = await Promise.all(
    FORMATS[use].map(async (format) => {
      const generated: Generated[] = [];
      // Largest first: when the budget left it not much wider than a smaller width, the smaller one is not made.
      for (const target of widths.toReversed()) {
        if (generated.length > 0 && target * MINIMUM_STEP > generated[0]!.width) continue;
        const made = await withinBudget((encoding, size) => generate(picture, format, encoding, size), format, target);
        await mkdir(folder, { recursive: true });
        await writeFile(made.outputPath, made.buffer);
        files.push(made.outputPath);
        generated.unshift(made);
      }
      return { type: generated[0]!.sourceType, generated };
    }),
  );
  const fallback = versions.at(-1)!.generated.at(-1)!;
  return {
    image: {
      sources: versions.slice(0, -1).map(({ type, generated }) => ({ type, srcset: generated.map((entry) => `${entry.url} ${entry.width}w`).join(", ") })),
      src: fallback.url,
      width: fallback.width,
      height: fallback.height,
    },
    files,
  };
}

/** How eleventy-img opens and shapes one picture, whatever the format, encoding and width. */
interface Picture {
  file: string;
  folder: string;
  sharpOptions: (width: number) => Record<string, unknown>;
  squeeze: ((image: Sharp) => Sharp) | undefined;
}

/** One version made by eleventy-img in memory (`dryRun`), so that a file over the budget is never written. */
async function generate(picture: Picture, format: OutputFormat, encoding: number, width: number): Promise<Generated> {
  const results = await eleventyImage()(picture.file, {
    widths: [width],
    formats: [format.format],
    ...format.encodings[encoding],
    sharpOptions: picture.sharpOptions(width),
    transform: (image: Sharp) => {
      format.transform?.(image);
      picture.squeeze?.(image);
    },
    // All EXIF orientations, not only the quarter turns eleventy-img fixes by default (an upside-down photo is orientation 3).
    fixOrientation: true,
    svgShortCircuit: false,
    dryRun: true,
    // This module keeps its own cache; eleventy-img's would keep every buffer of every attempt for the whole `npm start`.
    useCache: false,
    // Without it eleventy-img only logs some errors and returns nothing; they are reported as the picture's problem instead.
    failOnError: true,
    outputDir: picture.folder,
    urlPath: URL_PATH,
  });
  const made = results[format.format]![0]!;
  // eleventy-img rounds the height down from the proportions, sharp to the nearest pixel: the file says which it is.
  return { ...made, height: imageSize(made.buffer).height };
}

/**
 * Makes the version `width` wide. Only when the file is over the budget: tries the format's smaller encodings if the
 * file is close enough for them to help, otherwise shrinks it by what the file measured, until one fits.
 */
async function withinBudget(make: (encoding: number, width: number) => Promise<Generated>, format: OutputFormat, width: number): Promise<Generated> {
  let encoding = 0;
  for (;;) {
    const made = await make(encoding, width);
    if (made.size <= IMAGE_BUDGET) return made;
    if (encoding < format.encodings.length - 1 && made.size <= IMAGE_BUDGET * format.reach) {
      encoding += 1;
      continue;
    }
    if (made.width === 1) throw new Error(`it weighs ${made.size} bytes even a single pixel wide`);
    // Bytes grow with pixels (a little slower, as shrinking smooths the picture), so this usually fits at the first try.
    width = Math.max(1, Math.min(made.width - 1, Math.floor(made.width * Math.sqrt(IMAGE_BUDGET / made.size) * 0.95)));
  }
}
