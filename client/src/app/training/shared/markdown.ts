/**
 * A deliberately small Markdown renderer for lesson text: headings, paragraphs, lists, emphasis, code and links.
 * Every character of the source is HTML-escaped before any tag is added, so raw HTML in the source never becomes
 * markup; links keep only http(s), mailto and site-relative targets. The result still goes through Angular's
 * [innerHTML] sanitiser.
 */
export function renderMarkdown(source: string, topHeadingLevel = 2): string {
  const blocks: string[] = [];
  // The source's biggest heading becomes `topHeadingLevel`, so the outline continues from the page's h1.
  const sourceLevels = (source.match(/^\s*#{1,6}(?=\s)/gm) ?? []).map((hashes) => hashes.trim().length);
  const headingOffset = topHeadingLevel - (sourceLevels.length ? Math.min(...sourceLevels) : 1);
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push(`<p>${renderInline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (!list) return;
    const tag = list.ordered ? 'ol' : 'ul';
    blocks.push(`<${tag}>${list.items.map((item) => `<li>${renderInline(item)}</li>`).join('')}</${tag}>`);
    list = null;
  };

  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d{1,9}[.)]\s+(.*)$/.exec(line);
    if (!line) {
      flushParagraph();
      flushList();
    } else if (heading) {
      flushParagraph();
      flushList();
      const level = Math.min(6, Math.max(topHeadingLevel, heading[1].length + headingOffset));
      blocks.push(`<h${level}>${renderInline(heading[2])}</h${level}>`);
    } else if (bullet || numbered) {
      flushParagraph();
      const ordered = !!numbered;
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)?.[1] ?? '');
    } else if (list && /^\s{2,}/.test(rawLine)) {
      // An indented continuation line belongs to the last list item.
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks.join('\n');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Targets a lesson link may have; anything else (javascript:, data:…) is shown as plain text. */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (/^(https?:\/\/|mailto:)/i.test(trimmed)) return trimmed;
  if (/^\/(?!\/)/.test(trimmed) || /^#[\w-]*$/.test(trimmed)) return trimmed;
  return null;
}

function renderInline(text: string): string {
  const codes: string[] = [];
  // Code spans first, so that their content is not read as emphasis or links.
  let html = escapeHtml(text.replace(/[\uE000\uE001]/g, '')).replace(/`([^`]+)`/g, (_whole, code: string) => {
    codes.push(`<code>${code}</code>`);
    return `\uE000${codes.length - 1}\uE001`;
  });
  html = html.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, escapedUrl: string) => {
    const href = safeHref(unescapeHtml(escapedUrl));
    if (!href) return label;
    const external = /^https?:/i.test(href);
    return `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${label}</a>`;
  });
  html = html
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/__([^_]+)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/(^|[^\w_])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>');
  return html.replace(/\uE000(\d+)\uE001/g, (_whole, index: string) => codes[Number(index)]);
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
