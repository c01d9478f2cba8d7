import { Resvg, renderAsync } from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { dejavuFontFiles } from './fonts.js';
import { FONT_FAMILY } from '../charts/index.js';

function pngOptions(scale: number, caller: string): ResvgRenderOptions {
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`${caller}: scale must be a positive number, got ${scale}`);
  return {
    background: 'white',
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [...dejavuFontFiles()],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  };
}

/**
 * Rasterises an SVG from `renderSvg` to PNG bytes on a white background, at `scale` times its pixel
 * size (default 2, for sharp text). Uses only the bundled DejaVu fonts, never system fonts, so the
 * output is the same on every machine. Throws on a non-positive or non-finite scale.
 */
export function renderPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, pngOptions(scale, 'renderPng'));
  return new Uint8Array(resvg.render().asPng());
}

/**
 * `renderPng` on a thread of Node's pool instead of the calling thread: the same bytes, while the
 * caller goes on (e.g. drawing the next chart's SVG). Rejects on a non-positive or non-finite scale.
 */
export async function renderPngAsync(svg: string, scale = 2): Promise<Uint8Array> {
  const rendered = await renderAsync(svg, pngOptions(scale, 'renderPngAsync'));
  return new Uint8Array(rendered.asPng());
}
