/**
 * Formats a number for charts and tables with a fixed number of decimals and a true minus sign
 * ('−6.1'); with `signed`, positive values get '+' ('+12.4'). Values that round to zero show no sign.
 * Non-finite values print as 'n/a'.
 */
export function formatNumber(value: number, decimals = 1, signed = false): string {
  if (!Number.isFinite(value)) return 'n/a';
  const text = Math.abs(value).toFixed(decimals);
  if (Number(text) === 0) return text;
  if (value < 0) return `\u2212${text}`;
  return signed ? `+${text}` : text;
}
