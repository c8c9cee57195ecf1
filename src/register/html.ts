/**
 * Escapes text for HTML element content and quoted attribute values.
 * @example escapeHtml('<b>"Tom" & Jerry</b>') // '&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The Content-Security-Policy for the register's own pages: no inline script, scripts from this server only. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Wraps page content in the register's HTML document (British English, one main landmark). */
export function renderPage(title: string, body: string, options: { script?: string } = {}): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #0b0c0c; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
  th, td { border-bottom: 1px solid #b1b4b6; padding: 0.5rem; text-align: left; vertical-align: top; }
  td.number { text-align: right; }
  a { color: #1d70b8; }
  :focus-visible { outline: 3px solid #fd0; box-shadow: 0 0 0 5px #0b0c0c; }
  button { font: inherit; padding: 0.4rem 0.9rem; margin-right: 0.5rem; }
  label { display: block; font-weight: bold; margin-top: 0.5rem; }
  input, textarea { font: inherit; width: 100%; max-width: 32rem; }
  article { border: 1px solid #b1b4b6; padding: 0 1rem 1rem; margin: 1rem 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
  dt { font-weight: bold; }
</style>
</head>
<body>
<main>
${body}
</main>
${options.script ? `<script src="${escapeHtml(options.script)}" defer></script>` : ''}
</body>
</html>`;
}
