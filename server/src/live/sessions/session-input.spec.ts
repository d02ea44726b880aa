import { fieldProblems, publicSlugFor, type SessionFields, toInvitees } from './session-input';

const HOUR = 3600_000;

function fields(overrides: Partial<SessionFields> = {}): SessionFields {
  const starts = Date.now() + 24 * HOUR;
  return {
    kind: 'training_webinar',
    title: { fi: 'Webinaari', en: '' },
    description: { fi: '', en: '' },
    startsAt: new Date(starts),
    endsAt: new Date(starts + 2 * HOUR),
    municipalityId: 'm',
    courseId: null,
    capacity: null,
    videoUrl: null,
    completionMinutes: null,
    publicRegistration: false,
    ...overrides,
  };
}

const named = (f: SessionFields, timesChanged = true): string[] => fieldProblems(f, timesChanged).map((p) => p.field);

describe('fieldProblems', () => {
  it('takes a session of up to 14 days that has not ended', () => {
    const starts = fields().startsAt.getTime();
    expect(named(fields())).toEqual([]);
    expect(named(fields({ endsAt: new Date(starts + 14 * 24 * HOUR) }))).toEqual([]);
  });

  it('names endsAt for an end before the start, a session over 14 days, or one already over', () => {
    const starts = fields().startsAt.getTime();
    expect(named(fields({ endsAt: new Date(starts) }))).toEqual(['endsAt']);
    expect(named(fields({ endsAt: new Date(starts + 14 * 24 * HOUR + 60_000) }))).toEqual(['endsAt']);
    const past = fields({ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) });
    expect(named(past)).toEqual(['endsAt']);
    // An edit that leaves the times alone does not trip over a session that is running late.
    expect(named(past, false)).toEqual([]);
  });

  it('names completionMinutes without a course or beyond the session, and publicRegistration outside info sessions', () => {
    expect(named(fields({ completionMinutes: 30 }))).toEqual(['completionMinutes']);
    expect(named(fields({ completionMinutes: 121, courseId: 'c' }))).toEqual(['completionMinutes']);
    expect(named(fields({ completionMinutes: 120, courseId: 'c' }))).toEqual([]);
    expect(named(fields({ publicRegistration: true }))).toEqual(['publicRegistration']);
    expect(named(fields({ publicRegistration: true, kind: 'info_session' }))).toEqual([]);
  });
});

describe('publicSlugFor', () => {
  it('folds the Finnish title to a readable ASCII slug with a random tail', () => {
    expect(publicSlugFor({ fi: 'Aamupala: Työ & Äänekoski!', en: 'Breakfast' })).toMatch(
      /^aamupala-tyo-aanekoski-[0-9a-f]{8}$/,
    );
    expect(publicSlugFor({ fi: '', en: 'Info in English' })).toMatch(/^info-in-english-[0-9a-f]{8}$/);
    expect(publicSlugFor({ fi: 'صباح الخير', en: '' })).toMatch(/^tilaisuus-[0-9a-f]{8}$/);
  });

  it('gives two sessions of one title different slugs', () => {
    const title = { fi: 'Infotilaisuus', en: '' };
    expect(publicSlugFor(title)).not.toBe(publicSlugFor(title));
  });
});

describe('toInvitees', () => {
  it('keeps each rule once, in the order sent', () => {
    expect(
      toInvitees([
        { kind: 'audience', audience: 'employer' },
        { kind: 'user', userId: 'u1' },
        { kind: 'audience', audience: 'employer' },
        { kind: 'organisation', organisationId: 'o1' },
        { kind: 'user', userId: 'u1' },
      ]),
    ).toEqual([
      { kind: 'audience', audience: 'employer' },
      { kind: 'user', userId: 'u1' },
      { kind: 'organisation', organisationId: 'o1' },
    ]);
  });
});
