import { describe, expect, it } from 'vitest';
import { dejavuFontFiles, renderPng, renderPngAsync, renderSvg } from '../../src/report/index.js';
import { delayCurveSpec } from '../../src/charts/index.js';
import { delayCurveInput } from '../charts/fixtures.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Width and height from the PNG's IHDR chunk (big-endian at bytes 16–23). */
const pngSize = (png: Uint8Array): [number, number] => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};
const textSvg = (text: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="10" y="25" font-family="DejaVu Sans" font-size="16">${text}</text></svg>`;

describe('renderPng(svg, scale)', () => {
  it('writes a PNG at scale times the SVG size, 2 by default', async () => {
    const svg = await renderSvg(delayCurveSpec(delayCurveInput()));
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
    const png = renderPng(svg);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual([2 * width, 2 * height]);
    expect(pngSize(renderPng(svg, 1))).toEqual([width, height]);
    // A chart with two curves, axes and text is far more than a blank canvas (a few hundred bytes).
    expect(png.byteLength).toBeGreaterThan(20_000);
  });

  it('draws text with the bundled fonts (resvg without fonts draws none, silently)', () => {
    expect(renderPng(textSvg('Referral'))).not.toEqual(renderPng(textSvg('')));
    expect(dejavuFontFiles().every((file) => file.endsWith('.ttf'))).toBe(true);
  });

  it('gives the same bytes for the same SVG', () => {
    expect(renderPng(textSvg('Referral'))).toEqual(renderPng(textSvg('Referral')));
  });

  it('throws on a scale that is not a positive number', () => {
    expect(() => renderPng(textSvg('x'), 0)).toThrow(/scale/);
    expect(() => renderPng(textSvg('x'), Number.NaN)).toThrow(/scale/);
  });
});

describe('renderPngAsync(svg, scale)', () => {
  it('gives the bytes renderPng gives, at any scale', async () => {
    const svg = await renderSvg(delayCurveSpec(delayCurveInput()));
    expect(await renderPngAsync(svg)).toEqual(renderPng(svg));
    expect(await renderPngAsync(textSvg('Referral'), 1)).toEqual(renderPng(textSvg('Referral'), 1));
  });

  it('rejects a scale that is not a positive number', async () => {
    await expect(renderPngAsync(textSvg('x'), 0)).rejects.toThrow(/renderPngAsync: scale/);
  });
});
