import { styleText } from 'node:util';

/** Text formats the CLI uses. */
export type Style = 'bold' | 'dim' | 'green' | 'red' | 'yellow';

/** Applies a style to text, or returns it unchanged when colour is off. */
export type Styler = (style: Style, text: string) => string;

/**
 * A styler that colours only when `enabled` (the caller has already checked for a terminal,
 * NO_COLOR and --no-color); util.styleText's own stream check is skipped because the stream may be
 * the CLI's abstraction rather than a real one.
 */
export function createStyler(enabled: boolean): Styler {
  return enabled ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
}
