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
