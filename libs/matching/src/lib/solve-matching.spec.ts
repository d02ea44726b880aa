import { mentee, mentor, settings } from './matching.test-support';
import type { MatchingInstance, MatchingMentee, MatchingMentor } from './matching-types';
import { solveMatching } from './solve-matching';

const mentorA: MatchingMentor = { ...mentor, id: 'mentor-a', personId: 'person-a', freeCapacity: 1 };
const mentorB: MatchingMentor = {
  ...mentor,
  id: 'mentor-b',
  personId: 'person-b',
  expertise: [],
  sectors: [],
  freeCapacity: 1,
};
const menteeX: MatchingMentee = { ...mentee, id: 'mentee-x', personId: 'person-x' };
const menteeY: MatchingMentee = { ...mentee, id: 'mentee-y', personId: 'person-y', expertise: [], sectors: [] };

function instance(overrides: Partial<MatchingInstance> = {}): MatchingInstance {
  return { settings, mentors: [mentorA, mentorB], mentees: [menteeX, menteeY], fixed: [], blocked: [], ...overrides };
}

const pairs = (result: ReturnType<typeof solveMatching>) => result.proposals.map((p) => [p.mentorId, p.menteeId]);

describe('solveMatching', () => {
  it('matches as many mentees as it can before it looks at the score', () => {
    // Alone, mentor-a with mentee-x scores best; but mentee-y can only take mentor-a, so both get one.
    const onlyA = { ...menteeY, languages: ['so'] };
    const result = solveMatching(
      instance({
        mentors: [mentorA, { ...mentorB, languages: ['fi', 'en'] }],
        mentees: [menteeX, { ...onlyA, languages: ['ar'] }],
      }),
    );
    expect(pairs(result)).toEqual([
      ['mentor-b', 'mentee-x'],
      ['mentor-a', 'mentee-y'],
    ]);
    expect(result.matched).toBe(2);
  });

  it('then takes the greatest total score', () => {
    const result = solveMatching(instance());
    expect(pairs(result)).toEqual([
      ['mentor-a', 'mentee-x'],
      ['mentor-b', 'mentee-y'],
    ]);
    expect(result.totalScore).toBe(result.proposals[0].score + result.proposals[1].score);
  });

  it('gives a mentor no more mentees than its free capacity, and a full mentor none', () => {
    const result = solveMatching(
      instance({
        mentors: [
          { ...mentorA, freeCapacity: 2 },
          { ...mentorB, freeCapacity: 0 },
        ],
      }),
    );
    expect(pairs(result)).toEqual([
      ['mentor-a', 'mentee-x'],
      ['mentor-a', 'mentee-y'],
    ]);
    const single = solveMatching(instance({ mentors: [mentorA, { ...mentorB, freeCapacity: 0 }] }));
    expect(single.unmatched).toEqual([{ menteeId: 'mentee-y', reason: 'mentors_full' }]);
  });

  it('never proposes a blocked pair or one below the minimum score', () => {
    const blocked = solveMatching(instance({ blocked: [{ mentorId: 'mentor-a', menteeId: 'mentee-x' }] }));
    expect(pairs(blocked)).toEqual([
      ['mentor-b', 'mentee-x'],
      ['mentor-a', 'mentee-y'],
    ]);
    const strict = solveMatching(instance({ settings: { ...settings, minimumScore: 20 } }));
    expect(pairs(strict)).toEqual([['mentor-a', 'mentee-x']]);
    expect(strict.unmatched).toEqual([{ menteeId: 'mentee-y', reason: 'below_minimum_score' }]);
  });

  it('keeps a pin whatever its score and soft rules, and gives it capacity first', () => {
    const result = solveMatching(
      instance({
        settings: { ...settings, minimumScore: 20, sameMunicipality: true },
        mentors: [mentorA, { ...mentorB, municipalityId: 'vantaa', languages: ['so'] }],
        fixed: [{ mentorId: 'mentor-b', menteeId: 'mentee-x' }],
      }),
    );
    expect(result.proposals).toEqual([
      expect.objectContaining({ mentorId: 'mentor-b', menteeId: 'mentee-x', fixed: true }),
    ]);
    expect(result.rejectedFixed).toEqual([]);
    expect(result.unmatched).toEqual([{ menteeId: 'mentee-y', reason: 'below_minimum_score' }]);
  });

  it('rejects a pin of oneself, of a blocked pair, over capacity, twice for a mentee or of an unknown id', () => {
    const result = solveMatching(
      instance({
        mentees: [menteeX, { ...menteeY, personId: 'person-b' }, { ...menteeY, id: 'mentee-z', personId: 'z' }],
        fixed: [
          { mentorId: 'mentor-b', menteeId: 'mentee-y' },
          { mentorId: 'mentor-a', menteeId: 'mentee-x' },
          { mentorId: 'mentor-b', menteeId: 'mentee-x' },
          { mentorId: 'mentor-a', menteeId: 'mentee-z' },
          { mentorId: 'mentor-b', menteeId: 'mentee-z' },
          { mentorId: 'nobody', menteeId: 'mentee-z' },
        ],
        blocked: [{ mentorId: 'mentor-b', menteeId: 'mentee-z' }],
      }),
    );
    expect(pairs(result)).toEqual([['mentor-a', 'mentee-x']]);
    expect(result.rejectedFixed).toEqual([
      { mentorId: 'mentor-b', menteeId: 'mentee-x', reason: 'mentee_already_fixed' },
      { mentorId: 'mentor-b', menteeId: 'mentee-y', reason: 'same_person' },
      { mentorId: 'mentor-a', menteeId: 'mentee-z', reason: 'mentor_full' },
      { mentorId: 'mentor-b', menteeId: 'mentee-z', reason: 'blocked' },
      { mentorId: 'nobody', menteeId: 'mentee-z', reason: 'unknown_id' },
    ]);
    // mentor-a, their one compatible mentor, went to its pin; mentor-b is their own person or blocked.
    expect(result.unmatched).toEqual([
      { menteeId: 'mentee-y', reason: 'mentors_full' },
      { menteeId: 'mentee-z', reason: 'mentors_full' },
    ]);
  });

  it('names why a mentee is left unmatched, in the documented precedence', () => {
    const result = solveMatching(
      instance({
        settings: { ...settings, excludeSameOrganisation: true, minimumScore: 12 },
        mentors: [mentorA],
        mentees: [
          { ...menteeX, id: 'mentee-1', personId: 'p1', organisationId: 'org-a', languages: ['so'] },
          { ...menteeX, id: 'mentee-2', personId: 'p2', languages: ['so'] },
          { ...menteeY, id: 'mentee-3', personId: 'p3' },
          { ...menteeX, id: 'mentee-4', personId: 'p4' },
          { ...menteeX, id: 'mentee-5', personId: 'p5' },
        ],
      }),
    );
    expect(pairs(result)).toEqual([['mentor-a', 'mentee-4']]);
    expect(result.unmatched).toEqual([
      { menteeId: 'mentee-1', reason: 'no_compatible_mentor' },
      { menteeId: 'mentee-2', reason: 'no_shared_language' },
      { menteeId: 'mentee-3', reason: 'below_minimum_score' },
      { menteeId: 'mentee-5', reason: 'mentors_full' },
    ]);
  });

  it('refuses duplicate ids', () => {
    expect(() => solveMatching(instance({ mentors: [mentorA, mentorA] }))).toThrow('Duplicate mentor id mentor-a');
  });
});
