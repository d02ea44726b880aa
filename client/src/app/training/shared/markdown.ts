import MarkdownIt from 'markdown-it';

export interface MarkdownOptions {
  /** The level the source's biggest heading becomes, so the outline continues from the page's h1. */
  topHeadingLevel?: number;
  /** Accessible name of the scrolling region around each table (already translated). */
  tableLabel?: string;
}

// html: false escapes every raw HTML tag in the source; linkify off so only written links become links.
const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
md.validateLink = (url) => safeHref(url) !== null;

md.renderer.rules['link_open'] = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (/^https?:/i.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, index, options);
};

// A wide table scrolls inside its own focusable region instead of pushing the page sideways.
md.renderer.rules['table_open'] = (tokens, index, options, env, self) => {
  const label = (env as MarkdownOptions | undefined)?.tableLabel;
  const name = label ? ` aria-label="${md.utils.escapeHtml(label)}"` : '';
  return `<div class="kp-md-table" role="region" tabindex="0"${name}>${self.renderToken(tokens, index, options)}`;
};
md.renderer.rules['table_close'] = (tokens, index, options, _env, self) =>
  `${self.renderToken(tokens, index, options)}</div>`;

/**
 * Lesson and document text through markdown-it (CommonMark with tables). Raw HTML in the source is never markup,
 * links keep only http(s), mailto, in-page and site-relative targets; Angular's [innerHTML] sanitiser runs after.
 */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const env = { topHeadingLevel: 2, ...options };
  const tokens = md.parse(source, { ...env });
  const headings = tokens.filter((t) => t.type === 'heading_open' || t.type === 'heading_close');
  const levels = headings.map((t) => Number(t.tag.slice(1)));
  const top = env.topHeadingLevel;
  const offset = top - (levels.length ? Math.min(...levels) : 1);
  for (const heading of headings) {
    heading.tag = `h${Math.min(6, Math.max(top, Number(heading.tag.slice(1)) + offset))}`;
  }
  return md.renderer.render(tokens, md.options, { ...env });
}

/**
 * Targets a lesson link may have; anything else (javascript:, data:…) stays plain text. A backslash, encoded or
 * not, and any whitespace or control character are refused: browsers read `/\host` and `/<tab>/host` as `//host`.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f\\]|%5c/i.test(trimmed)) return null;
  if (/^(https?:\/\/[^/]|mailto:)/i.test(trimmed)) return trimmed;
  if (/^\/(?!\/)/.test(trimmed) || /^#[\w-]*$/.test(trimmed)) return trimmed;
  return null;
}
