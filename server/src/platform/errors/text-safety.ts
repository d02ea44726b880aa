import type { FieldProblem } from '@kotopaikka/contracts';

/** A UTF-16 surrogate without its partner: JSON.parse makes one of `"\ud800"`, PostgreSQL's jsonb refuses it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Characters that change how the text around them is shown or read without being text themselves: C0/C1
 * controls (CR/LF among them), bidirectional embeddings, overrides and isolates (`lasku\u202egpj.pdf` shows
 * as "laskufdp.jpg"), other invisible format characters, and the Unicode line and paragraph separators.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

/** Problems reported for one field at most once each, and at most this many fields per request. */
const MAX_PROBLEMS = 20;

/** Why PostgreSQL would refuse this text (NUL in any text, a lone surrogate in jsonb), or null when it stores it. */
export function storableTextProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode (no lone surrogate)';
  return null;
}

/** True when the text holds a control, bidi or other invisible format character (see INVISIBLE). */
export function hasInvisibleCharacters(value: string): boolean {
  return INVISIBLE.test(value) || LONE_SURROGATE.test(value);
}

/** The text without control, bidi and invisible format characters (and lone surrogates), e.g. for a file name. */
export function stripInvisibleCharacters(value: string): string {
  return value.replace(INVISIBLE_ALL, '').replace(LONE_SURROGATE_ALL, '');
}

/**
 * Every string in a parsed input (body, query, params, a socket payload) that the database could not store,
 * keys included, as field problems with dotted paths (`items.2.title`; `field` names the root, '' for none).
 * Iterative, so a deep payload cannot overflow the stack; the HTTP body is depth-limited before it gets here.
 */
export function findUnstorableText(value: unknown, field = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: field }];
  const seen = new Set<object>();
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'string') {
      const problem = storableTextProblem(current);
      if (problem) problems.push({ field: path || 'body', problems: [problem] });
      continue;
    }
    if (typeof current !== 'object' || current === null || seen.has(current) || Buffer.isBuffer(current)) continue;
    seen.add(current);
    const entries = Array.isArray(current) ? current.map((v, i) => [String(i), v] as const) : Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const childPath = path ? `${path}.${key}` : key;
      const keyProblem = storableTextProblem(key);
      if (keyProblem) {
        problems.push({ field: path || 'body', problems: [`a field name ${keyProblem}`] });
        continue;
      }
      stack.push({ value: child, path: childPath });
    }
  }
  return problems;
}
