/**
 * Makes JavaScript safe to place inside an inline <script> element: `</script` would end the element
 * early and `<!--` can change how the HTML parser reads the rest; both are escaped without changing
 * what the code means inside strings and regular expressions.
 */
export function escapeScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Serialises a value as JSON for an inline `<script type="application/json">`, with every '<' escaped. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
