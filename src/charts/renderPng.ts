import { Resvg } from '@resvg/resvg-js';
import { dejavuFontFiles } from './fonts.js';
import { FONT_FAMILY } from './theme.js';

/**
 * Rasterises an SVG from `renderSvg` to PNG bytes on a white background, at `scale` times its pixel
 * size (default 2, for sharp text). Uses only the bundled DejaVu fonts, never system fonts, so the
 * output is the same on every machine. Throws on a non-positive or non-finite scale.
 */
export function renderPng(svg: string, scale = 2): Uint8Array {
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`renderPng: scale must be a positive number, got ${scale}`);
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [...dejavuFontFiles()],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
