import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { cacheKey, keepFile, keptFile } from './build-cache';

const require = createRequire(import.meta.url);
/** Fonts shipped in an npm package, so the image is the same on every machine, with no system fonts. */
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif-Bold.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

/**
 * Drawn images are kept between builds (src/lib/build-cache.ts), named by a hash of everything
 * that makes them: the SVG, and the versions of the renderer and the fonts. Drawing one takes
 * ~40 ms, so a 1,000-story site would spend most of a build redrawing images that did not change.
 */
const RENDERER = ['@resvg/resvg-js', 'dejavu-fonts-ttf']
  .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
  .join(' ');

export const SOCIAL_IMAGE = { width: 1200, height: 630 };

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);

/** Breaks text into lines of at most `width` characters, at spaces; at most `max` lines, the last ending in "…" if cut. */
export function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    kept[max - 1] = `${kept[max - 1]!.replace(/\s+\S*$/, '')}…`;
    return kept;
  }
  return lines;
}

export interface SocialCard {
  siteName: string;
  title: string;
  /** A short line under the title: the date and how many outlets. */
  subtitle: string;
  /** Outlet names, shown as a row of labels. */
  outlets: string[];
}

/** The card as SVG (text is escaped): what the PNG is rendered from. */
export function socialSvg({ siteName, title, subtitle, outlets }: SocialCard): string {
  const { width, height } = SOCIAL_IMAGE;
  const titleLines = wrap(title, 30, 3);
  const lineHeight = 74;
  const top = 200;
  const columns = outlets.slice(0, 8);
  const columnWidth = (width - 160 - (columns.length - 1) * 16) / Math.max(columns.length, 1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="100%" height="100%" fill="#fdfcfa"/>
  <rect x="0" y="0" width="${width}" height="12" fill="#0b5cad"/>
  <text x="80" y="110" font-family="DejaVu Sans" font-weight="bold" font-size="34" fill="#0b5cad">${escapeXml(siteName)}</text>
  ${titleLines.map((line, i) => `<text x="80" y="${top + i * lineHeight}" font-family="DejaVu Serif" font-weight="bold" font-size="60" fill="#1c1b19">${escapeXml(line)}</text>`).join('\n  ')}
  <text x="80" y="${top + titleLines.length * lineHeight + 10}" font-family="DejaVu Sans" font-size="30" fill="#55524b">${escapeXml(subtitle)}</text>
  ${columns
    .map((name, i) => {
      const x = 80 + i * (columnWidth + 16);
      return `<rect x="${x}" y="500" width="${columnWidth}" height="70" rx="8" fill="#f3f1ec" stroke="#d8d4cb"/>
  <text x="${x + columnWidth / 2}" y="545" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="${columns.length > 5 ? 20 : 26}" fill="#1c1b19">${escapeXml(wrap(name, Math.floor(columnWidth / 16), 1)[0] ?? '')}</text>`;
    })
    .join('\n  ')}
</svg>`;
}

/**
 * The card as a PNG, rendered at build time, or taken from the cache when its inputs have not changed.
 * Rendered by resvg's asynchronous call. The synchronous one left each image's fonts and drawing
 * (about 3 MB) in memory V8 does not count as its own, freed only when it next happened to collect
 * garbage: 200 images drawn in a script held 690 MB that way against 215 MB, and a cold build of
 * 1,000 stories peaked at 2.7 to 3.7 GB against 2.5 to 2.8.
 */
export async function socialPng(card: SocialCard): Promise<Uint8Array> {
  const svg = socialSvg(card);
  const name = `${cacheKey(RENDERER, svg)}.png`;
  return keptFile('social-images', name) ?? keepFile('social-images', name, (await renderAsync(svg, DRAWING)).asPng());
}

/** The shipped fonts only, and the SVG's own size. */
const DRAWING = {
  font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  fitTo: { mode: 'original' },
} as const;
