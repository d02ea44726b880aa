import {
  findUnstorableText,
  hasInvisibleCharacters,
  storableTextProblem,
  stripInvisibleCharacters,
} from './text-safety';

describe('text PostgreSQL can store', () => {
  it('refuses NUL and lone surrogates, and takes paired surrogates (emoji) and ordinary text', () => {
    expect(storableTextProblem('a\u0000b')).toMatch(/NUL/);
    expect(storableTextProblem('a\ud800')).toMatch(/surrogate/);
    expect(storableTextProblem('\udc00a')).toMatch(/surrogate/);
    expect(storableTextProblem('Hyvää päivää 👋 \t\n')).toBeNull();
  });

  it('names every bad string in a nested input by its dotted path, keys included', () => {
    const input = {
      title: { fi: 'ok', en: 'x\u0000' },
      questions: [{ text: 'ok' }, { text: '\ud800' }],
      ['k\u0000']: 1,
    };
    expect(
      findUnstorableText(input)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['body', 'questions.1.text', 'title.en']);
    expect(findUnstorableText('x\u0000', 'code')).toEqual([
      { field: 'code', problems: [expect.stringMatching(/NUL/)] },
    ]);
    expect(findUnstorableText({ n: 1, b: true, v: null })).toEqual([]);
  });

  it('walks a very deep payload without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toHaveLength(1);
  });
});

describe('invisible characters', () => {
  it('finds and strips controls, bidi overrides and isolates, zero-width and line separators', () => {
    for (const c of ['\r', '\n', '\u0085', '\u202e', '\u2066', '\u200f', '\u200b', '\u2028', '\ufeff'])
      expect(hasInvisibleCharacters(`a${c}b`)).toBe(true);
    expect(hasInvisibleCharacters('Åke Öberg-Näsi')).toBe(false);
    expect(stripInvisibleCharacters('lasku\u202egpj.pdf')).toBe('laskugpj.pdf');
  });
});
