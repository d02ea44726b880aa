import {
  AVAILABILITY_SLOTS,
  EXPERTISE_AREAS,
  isTaxonomyKey,
  MENTORING_LANGUAGES,
  SECTORS,
  taxonomyLabel,
} from './taxonomy';

describe('the mentoring taxonomy', () => {
  it.each([
    ['expertise areas', EXPERTISE_AREAS, 12],
    ['sectors', SECTORS, 10],
    ['availability slots', AVAILABILITY_SLOTS, 21],
  ])('has %s with distinct keys and a name in both languages', (_, entries, count) => {
    expect(entries).toHaveLength(count);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.key).toMatch(/^[a-z][a-z_-]*$/);
      expect(e.fi.trim()).not.toBe('');
      expect(e.en.trim()).not.toBe('');
    }
  });

  it('names the languages by their ISO 639-1 codes, Finnish and English first among the common ones', () => {
    expect(MENTORING_LANGUAGES.every((l) => /^[a-z]{2}$/.test(l.key))).toBe(true);
    expect(MENTORING_LANGUAGES.map((l) => l.key)).toEqual(expect.arrayContaining(['fi', 'en', 'sv', 'ar']));
  });

  it('gives a key its name in the language asked for, and an unknown key as itself', () => {
    expect(taxonomyLabel('sector', 'hospitality', 'fi')).toBe('majoitus- ja ravitsemusala');
    expect(taxonomyLabel('language', 'ar', 'en')).toBe('Arabic');
    expect(taxonomyLabel('availability', 'tue-morning', 'en')).toBe('Tuesday morning');
    expect(taxonomyLabel('expertise', 'dropped_area', 'fi')).toBe('dropped_area');
    expect(isTaxonomyKey('expertise', 'workplace_induction')).toBe(true);
    expect(isTaxonomyKey('expertise', 'hospitality')).toBe(false);
  });
});
