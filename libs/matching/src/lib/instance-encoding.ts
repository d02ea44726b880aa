import type { MatchingMentee, MatchingMentor, MatchingSettings } from './matching-types';
import { AVAILABILITY_CAP } from './scoring';

/**
 * The instance as typed arrays so the solver can score millions of pairs without allocating: each distinct key of
 * a category gets a bit, a person's keys are `words` 31-bit words (more than 31 keys take more words), and an
 * overlap is the popcount of an AND. `scorePair` is the reference this must agree with (see the spec).
 */
export interface CategoryMasks {
  words: number;
  mentor: Int32Array;
  mentee: Int32Array;
}

export interface EncodedInstance {
  mentorCount: number;
  menteeCount: number;
  expertise: CategoryMasks;
  sector: CategoryMasks;
  language: CategoryMasks;
  availability: CategoryMasks;
  /** Interned ids, -1 for null. */
  mentorMunicipality: Int32Array;
  menteeMunicipality: Int32Array;
  mentorOrganisation: Int32Array;
  menteeOrganisation: Int32Array;
  mentorPerson: Int32Array;
  menteePerson: Int32Array;
  /** Bit 1 in person, bit 2 online, bit 4 always set: a mentee's mask is 4|1|2 for either, else its mode's bit. */
  mentorModes: Int32Array;
  menteeModes: Int32Array;
}

const BITS = 31;
/**
 * `scoreRow`'s marks for a pair with no score, below any score: it fails the person, municipality or organisation
 * rule; or it shares no language.
 */
export const FAILS_RULES = -0x40000000;
export const NO_SHARED_LANGUAGE = FAILS_RULES + 1;
const MODE_BITS = { in_person: 1, online: 2 } as const;
const ALWAYS = 4;

export function encodeInstance(
  mentors: readonly MatchingMentor[],
  mentees: readonly MatchingMentee[],
): EncodedInstance {
  const municipalities = new Interner();
  const organisations = new Interner();
  const persons = new Interner();
  return {
    mentorCount: mentors.length,
    menteeCount: mentees.length,
    expertise: encodeCategory(
      mentors.map((m) => m.expertise),
      mentees.map((m) => m.expertise),
    ),
    sector: encodeCategory(
      mentors.map((m) => m.sectors),
      mentees.map((m) => m.sectors),
    ),
    language: encodeCategory(
      mentors.map((m) => m.languages),
      mentees.map((m) => m.languages),
    ),
    availability: encodeCategory(
      mentors.map((m) => m.availability),
      mentees.map((m) => m.availability),
    ),
    mentorMunicipality: Int32Array.from(mentors, (m) => municipalities.id(m.municipalityId)),
    menteeMunicipality: Int32Array.from(mentees, (m) => municipalities.id(m.municipalityId)),
    mentorOrganisation: Int32Array.from(mentors, (m) => organisations.id(m.organisationId)),
    menteeOrganisation: Int32Array.from(mentees, (m) => organisations.id(m.organisationId)),
    mentorPerson: Int32Array.from(mentors, (m) => persons.id(m.personId)),
    menteePerson: Int32Array.from(mentees, (m) => persons.id(m.personId)),
    mentorModes: Int32Array.from(mentors, (m) => m.modes.reduce((mask, mode) => mask | MODE_BITS[mode], ALWAYS)),
    menteeModes: Int32Array.from(mentees, (m) => (m.mode === 'either' ? ALWAYS | 3 : MODE_BITS[m.mode])),
  };
}

/** Scoring of one pair by index, with the hard rules the solver checks apart (person, municipality, organisation). */
export class EncodedScorer {
  private readonly w: MatchingSettings['weights'];
  /** Upper bounds of any pair's score with this mentor or mentee, from its own keys, so a check can skip pairs. */
  readonly mentorBound: Int32Array;
  readonly menteeBound: Int32Array;

  constructor(
    private readonly e: EncodedInstance,
    private readonly settings: MatchingSettings,
  ) {
    this.w = settings.weights;
    const bound = (side: 'mentor' | 'mentee', i: number) => {
      const w = this.w;
      const slots = count(e.availability, side, i);
      return (
        w.expertise * count(e.expertise, side, i) +
        w.sector * count(e.sector, side, i) +
        w.language * Math.max(0, count(e.language, side, i) - 1) +
        w.municipality +
        w.availability * Math.min(slots, AVAILABILITY_CAP) +
        w.mode
      );
    };
    this.mentorBound = Int32Array.from({ length: e.mentorCount }, (_, i) => bound('mentor', i));
    this.menteeBound = Int32Array.from({ length: e.menteeCount }, (_, i) => bound('mentee', i));
  }

  /** Person, municipality and organisation rules (not language, not blocked). */
  passesRules(mentor: number, mentee: number): boolean {
    const e = this.e;
    if (e.mentorPerson[mentor] === e.menteePerson[mentee]) return false;
    const municipality = e.mentorMunicipality[mentor];
    if (this.settings.sameMunicipality && (municipality < 0 || municipality !== e.menteeMunicipality[mentee]))
      return false;
    const organisation = e.mentorOrganisation[mentor];
    if (this.settings.excludeSameOrganisation && organisation >= 0 && organisation === e.menteeOrganisation[mentee])
      return false;
    return true;
  }

  /**
   * Every mentor's pair with one mentee into `out`: the score when the pair passes the rules and shares a language,
   * else `NO_SHARED_LANGUAGE` or `FAILS_RULES`. The same as `passesRules`, `sharedLanguages` and `score` pair by
   * pair, in one tight loop when every category fits one word (the scan's hot path: every pair of the instance).
   */
  scoreRow(mentee: number, out: Int32Array): void {
    const e = this.e;
    if (e.expertise.words + e.sector.words + e.language.words + e.availability.words !== 4) {
      for (let mentor = 0; mentor < e.mentorCount; mentor++) {
        const languages = this.passesRules(mentor, mentee) ? this.sharedLanguages(mentor, mentee) : -1;
        out[mentor] =
          languages > 0 ? this.score(mentor, mentee, languages) : languages < 0 ? FAILS_RULES : NO_SHARED_LANGUAGE;
      }
      return;
    }
    const w = this.w;
    const { sameMunicipality, excludeSameOrganisation } = this.settings;
    const person = e.menteePerson[mentee];
    const municipality = e.menteeMunicipality[mentee];
    const organisation = e.menteeOrganisation[mentee];
    const expertise = e.expertise.mentee[mentee];
    const sector = e.sector.mentee[mentee];
    const language = e.language.mentee[mentee];
    const availability = e.availability.mentee[mentee];
    const modes = e.menteeModes[mentee];
    const mentorPerson = e.mentorPerson;
    const mentorMunicipality = e.mentorMunicipality;
    const mentorOrganisation = e.mentorOrganisation;
    const mentorExpertise = e.expertise.mentor;
    const mentorSector = e.sector.mentor;
    const mentorLanguage = e.language.mentor;
    const mentorAvailability = e.availability.mentor;
    const mentorModes = e.mentorModes;
    const sameMunicipalityPoints = w.municipality;
    const modePoints = w.mode;
    for (let mentor = 0; mentor < e.mentorCount; mentor++) {
      const mentorMunicipalityId = mentorMunicipality[mentor];
      const mentorOrganisationId = mentorOrganisation[mentor];
      if (
        mentorPerson[mentor] === person ||
        (sameMunicipality && (mentorMunicipalityId < 0 || mentorMunicipalityId !== municipality)) ||
        (excludeSameOrganisation && mentorOrganisationId >= 0 && mentorOrganisationId === organisation)
      ) {
        out[mentor] = FAILS_RULES;
        continue;
      }
      const languages = popcount(mentorLanguage[mentor] & language);
      if (languages === 0) {
        out[mentor] = NO_SHARED_LANGUAGE;
        continue;
      }
      const slots = popcount(mentorAvailability[mentor] & availability);
      out[mentor] =
        w.expertise * popcount(mentorExpertise[mentor] & expertise) +
        w.sector * popcount(mentorSector[mentor] & sector) +
        w.language * (languages - 1) +
        (mentorMunicipalityId >= 0 && mentorMunicipalityId === municipality ? sameMunicipalityPoints : 0) +
        w.availability * (slots < AVAILABILITY_CAP ? slots : AVAILABILITY_CAP) +
        ((mentorModes[mentor] & modes) !== 0 ? modePoints : 0);
    }
  }

  sharedLanguages(mentor: number, mentee: number): number {
    return overlap(this.e.language, mentor, mentee);
  }

  /** The score of a pair that shares `languages` (at least one) languages. */
  score(mentor: number, mentee: number, languages: number): number {
    const e = this.e;
    const w = this.w;
    const municipality = e.mentorMunicipality[mentor];
    const slots = overlap(e.availability, mentor, mentee);
    return (
      w.expertise * overlap(e.expertise, mentor, mentee) +
      w.sector * overlap(e.sector, mentor, mentee) +
      w.language * (languages - 1) +
      (municipality >= 0 && municipality === e.menteeMunicipality[mentee] ? w.municipality : 0) +
      w.availability * (slots < AVAILABILITY_CAP ? slots : AVAILABILITY_CAP) +
      ((e.mentorModes[mentor] & e.menteeModes[mentee]) !== 0 ? w.mode : 0)
    );
  }
}

function overlap(c: CategoryMasks, mentor: number, mentee: number): number {
  if (c.words === 1) return popcount(c.mentor[mentor] & c.mentee[mentee]);
  let count = 0;
  const a = mentor * c.words;
  const b = mentee * c.words;
  for (let i = 0; i < c.words; i++) count += popcount(c.mentor[a + i] & c.mentee[b + i]);
  return count;
}

function count(c: CategoryMasks, side: 'mentor' | 'mentee', i: number): number {
  let total = 0;
  for (let word = 0; word < c.words; word++) total += popcount(c[side][i * c.words + word]);
  return total;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function encodeCategory(
  mentors: readonly (readonly string[])[],
  mentees: readonly (readonly string[])[],
): CategoryMasks {
  const keys = new Interner();
  for (const list of mentors) for (const key of list) keys.id(key);
  for (const list of mentees) for (const key of list) keys.id(key);
  const words = Math.max(1, Math.ceil(keys.size / BITS));
  const fill = (lists: readonly (readonly string[])[]) => {
    const masks = new Int32Array(lists.length * words);
    lists.forEach((list, i) => {
      for (const key of list) {
        const bit = keys.id(key);
        masks[i * words + Math.floor(bit / BITS)] |= 1 << bit % BITS;
      }
    });
    return masks;
  };
  return { words, mentor: fill(mentors), mentee: fill(mentees) };
}

class Interner {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  id(key: string | null): number {
    if (key === null) return -1;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}
