import type { IdName } from './common';
import type { LocalizedText } from './training';

/** A program moves forward only, one step at a time. */
export const MENTORING_PROGRAM_STATUSES = ['draft', 'recruiting', 'matching', 'running', 'closed'] as const;
export type MentoringProgramStatus = (typeof MENTORING_PROGRAM_STATUSES)[number];

/** The six factors of libs/matching's MatchingWeights, each weighted 0–100. */
export const MENTORING_FACTORS = ['expertise', 'sector', 'language', 'municipality', 'availability', 'mode'] as const;
export type MentoringFactor = (typeof MENTORING_FACTORS)[number];
export type MentoringWeights = Record<MentoringFactor, number>;

export interface MentoringMatchingSettings {
  weights: MentoringWeights;
  minimumScore: number;
  sameMunicipality: boolean;
  excludeSameOrganisation: boolean;
}

export interface MentoringProgramInput {
  name: string;
  description: LocalizedText;
  municipalityIds: string[];
  /** YYYY-MM-DD, inclusive. */
  startsOn: string;
  endsOn: string;
  matching: MentoringMatchingSettings;
}

export interface MentoringProgram {
  id: string;
  name: string;
  description: LocalizedText;
  municipalities: IdName[];
  startsOn: string;
  endsOn: string;
  matching: MentoringMatchingSettings;
  status: MentoringProgramStatus;
  /** Whether the viewer may edit it and move it on. */
  mayManage: boolean;
}

export interface MentoringProgramTransition {
  status: MentoringProgramStatus;
}

export const MEETING_MODES = ['in_person', 'online'] as const;
export type MentoringMeetingMode = (typeof MEETING_MODES)[number];

export const MENTOR_PROFILE_STATUSES = ['pending', 'approved', 'declined', 'withdrawn'] as const;
export type MentorProfileStatus = (typeof MENTOR_PROFILE_STATUSES)[number];

/** Expertise areas, sectors, languages and availability slots are keys of libs/matching's taxonomy. */
export interface MentorProfileInput {
  expertise: string[];
  sectors: string[];
  languages: string[];
  municipalityId: string;
  /** At most this many mentees at once, 1–10. */
  capacity: number;
  availability: string[];
  meetingModes: MentoringMeetingMode[];
  bio: string;
  bioLocale: 'fi' | 'en';
}

export interface MentorProfile extends Omit<MentorProfileInput, 'municipalityId'> {
  id: string;
  programId: string;
  person: IdName;
  municipality: IdName;
  /** The person's own organisation when they opted in. */
  organisation: IdName | null;
  status: MentorProfileStatus;
}

export const MENTEE_MEETING_MODES = ['in_person', 'online', 'either'] as const;
export type MenteeMeetingMode = (typeof MENTEE_MEETING_MODES)[number];

export const MENTEE_REQUEST_STATUSES = ['open', 'withdrawn'] as const;
export type MenteeRequestStatus = (typeof MENTEE_REQUEST_STATUSES)[number];

/** Expertise areas, sectors, languages and availability slots are keys of libs/matching's taxonomy. */
export interface MenteeRequestInput {
  goals: string;
  expertise: string[];
  sectors: string[];
  languages: string[];
  municipalityId: string;
  meetingMode: MenteeMeetingMode;
  availability: string[];
}

export interface MenteeRequest extends Omit<MenteeRequestInput, 'municipalityId'> {
  id: string;
  programId: string;
  person: IdName;
  municipality: IdName;
  organisation: IdName | null;
  status: MenteeRequestStatus;
}
