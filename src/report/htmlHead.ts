import { escapeHtml } from './escapeHtml.js';

/** The opening of a self-contained page, up to and including `</head>`: British English, UTF-8, a mobile viewport, the given content security policy, title and inline CSS. */
export function htmlHead(options: { csp: string; title: string; css: string }): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${options.csp}">
<title>${escapeHtml(options.title)}</title>
<style>${options.css}</style>
</head>`;
}
