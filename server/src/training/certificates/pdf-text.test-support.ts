import { inflateSync } from 'node:zlib';

/**
 * Test helper: the text of a pdfkit PDF drawn in one embedded font, read through that font's ToUnicode map
 * (pdfkit writes glyph ids, not characters). Enough for our own certificates; not a general PDF reader.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const header = /<<((?:[^<>]|<<[^<>]*>>|<[^<>]*>)*)>>\s*stream\r?\n/g;
  for (let m = header.exec(raw); m; m = header.exec(raw)) {
    const length = /\/Length (\d+)/.exec(m[1] ?? '');
    if (!length) continue;
    const start = m.index + m[0].length;
    const data = pdf.subarray(start, start + Number(length[1]));
    streams.push(
      (m[1] ?? '').includes('/FlateDecode') ? inflateSync(data).toString('latin1') : data.toString('latin1'),
    );
  }
  const cmaps = streams.filter((s) => s.includes('beginbfrange'));
  if (cmaps.length !== 1) throw new Error(`expected one ToUnicode map, found ${cmaps.length}`);
  const glyphs = new Map<number, string>();
  for (const range of (cmaps[0] as string).matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    const first = parseInt(range[1] as string, 16);
    [...(range[3] as string).matchAll(/<([0-9a-f ]+)>/gi)].forEach((entry, i) => {
      const units = (entry[1] as string).split(' ').map((hex) => parseInt(hex, 16));
      glyphs.set(first + i, String.fromCharCode(...units));
    });
  }
  const lines: string[] = [];
  for (const content of streams.filter((s) => /T[Jj]/.test(s) && !s.includes('beginbfrange'))) {
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-f]*)>\s*Tj/gi)) {
      const hex = [...(op[1] ?? `<${op[2]}>`).matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join('');
      let line = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) line += glyphs.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
      lines.push(line);
    }
  }
  return lines.join('\n');
}
