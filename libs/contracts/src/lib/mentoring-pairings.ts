import type { IdName, Locale } from './common';
import type { MenteeMeetingMode, MentoringFactor, MentoringMeetingMode } from './mentoring';
import type { LocalizedText } from './training';

// ---- Matching runs: `/api/mentoring/programs/:programId/matching-runs`, `/api/mentoring/matching-runs/:runId` ----

/** Why a mentee has no pair in a run (libs/matching's UnmatchedReason). */
export const MENTORING_UNMATCHED_REASONS = [
  'no_shared_language',
  'mentors_full',
  'below_minimum_score',
  'no_compatible_mentor',
] as const;
export type MentoringUnmatchedReason = (typeof MENTORING_UNMATCHED_REASONS)[number];

/** One factor's points in a pair's score and the taxonomy keys (or municipality id, mode) the two share. */
export interface MentoringFactorPoints {
  factor: MentoringFactor;
  points: number;
  shared: string[];
}

/** A mentor (by profile) as a run or pairing shows them. */
export interface MentoringRunMentor {
  profileId: string;
  person: IdName;
  municipality: IdName;
  organisation: IdName | null;
  capacity: number;
}

/** A mentee (by request) as a run or pairing shows them. */
export interface MentoringRunMentee {
  requestId: string;
  person: IdName;
  municipality: IdName;
  organisation: IdName | null;
}

export interface MatchingSuggestion {
  mentor: MentoringRunMentor;
  mentee: MentoringRunMentee;
  score: number;
  contributions: MentoringFactorPoints[];
  /** In the result because a coordinator pinned it. */
  pinned: boolean;
  /** The reasons in words, e.g. "speaks Finnish and Arabic with you; both in hospitality". */
  explanation: LocalizedText;
}

export interface UnmatchedMenteeView {
  mentee: MentoringRunMentee;
  reason: MentoringUnmatchedReason;
}

export const PIN_REJECTIONS = ['unknown_id', 'same_person', 'blocked', 'mentee_already_fixed', 'mentor_full'] as const;
export type PinRejection = (typeof PIN_REJECTIONS)[number];

export interface RejectedPinView {
  ruleId: string;
  mentor: IdName;
  mentee: IdName;
  reason: PinRejection;
}

export const MATCHING_RUN_STATUSES = ['draft', 'published', 'superseded'] as const;
export type MatchingRunStatus = (typeof MATCHING_RUN_STATUSES)[number];

/** A run is a snapshot: re-running makes a new draft and supersedes the earlier draft. */
export interface MatchingRunView {
  id: string;
  programId: string;
  status: MatchingRunStatus;
  createdAt: string;
  createdBy: IdName | null;
  publishedAt: string | null;
  /** Approved mentors with capacity left, and open requests without a proposal or pairing under way. */
  mentorsConsidered: number;
  menteesConsidered: number;
  matched: number;
  totalScore: number;
  /** Ordered by mentee name. */
  suggestions: MatchingSuggestion[];
  unmatched: UnmatchedMenteeView[];
  rejectedPins: RejectedPinView[];
}

export interface PublishRunResult {
  /** Proposals sent (two people each). */
  proposed: number;
  /** Suggestions no longer valid at publishing (mentor full or gone, request withdrawn or paired, pair blocked). */
  skipped: number;
}

/** Pins and blocks: `/api/mentoring/programs/:programId/pair-rules` (GET, POST), `…/pair-rules/:ruleId` (DELETE). */
export const PAIR_RULE_KINDS = ['pin', 'block'] as const;
export type PairRuleKind = (typeof PAIR_RULE_KINDS)[number];

export interface PairRuleInput {
  mentorProfileId: string;
  menteeRequestId: string;
  kind: PairRuleKind;
}

export interface PairRule extends PairRuleInput {
  id: string;
  mentor: IdName;
  mentee: IdName;
  createdAt: string;
}

// ---- Pairings: `/api/mentoring/pairings/…` ----

/** proposed → active → completed | ended_early; a proposal may instead be declined or expire. */
export const PAIRING_STATUSES = ['proposed', 'active', 'completed', 'ended_early', 'declined', 'expired'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

/** Days after a proposal that it is reminded of once, and that it expires. */
export const PROPOSAL_REMINDER_DAYS = 7;
export const PROPOSAL_EXPIRY_DAYS = 14;

export type PairingSide = 'mentor' | 'mentee';
export type ProposalAnswerState = 'accepted' | 'declined' | null;

export const PROPOSAL_ANSWERS = ['accept', 'decline'] as const;
export type ProposalAnswer = (typeof PROPOSAL_ANSWERS)[number];

/** `POST /pairings/:id/answer`. Answering twice, or after a decline or expiry, is 409. */
export interface ProposalAnswerInput {
  answer: ProposalAnswer;
  /** Optional, for a decline; at most 1,000 characters. */
  reason?: string;
}

export interface PairingParty {
  person: IdName;
  answer: ProposalAnswerState;
}

export interface PairingSummary {
  id: string;
  program: IdName;
  status: PairingStatus;
  mentor: PairingParty & { profileId: string };
  mentee: PairingParty & { requestId: string };
  /** The viewer's side, or null for a coordinator or admin. */
  mySide: PairingSide | null;
  score: number;
  explanation: LocalizedText;
  proposedAt: string;
  /** When an unanswered proposal expires. */
  answerBy: string;
  startedAt: string | null;
  /** YYYY-MM-DD: the agreed end date once the agreement is written. */
  endsOn: string | null;
  finishedAt: string | null;
}

/**
 * `POST /pairings/:id/end`: either side or a coordinator ends an active pairing early. `POST /pairings/:id/complete`
 * (no body) completes it before its end date; both free the mentor's place.
 */
export interface EndPairingInput {
  /** 1–1,000 characters. */
  reason: string;
}

// Agreement: `PUT /pairings/:id/agreement` (writes, bumping the version), `POST /pairings/:id/agreement/confirm`.
export const MEETING_FREQUENCIES = ['weekly', 'biweekly', 'monthly'] as const;
export type MeetingFrequency = (typeof MEETING_FREQUENCIES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The agreed end date is 4 to 24 weeks after the pairing started. */
export const AGREEMENT_MIN_WEEKS = 4;
export const AGREEMENT_MAX_WEEKS = 24;

export interface MentoringAgreementInput {
  /** 1–4,000 characters. */
  goals: string;
  meetingFrequency: MeetingFrequency;
  preferredDays: Weekday[];
  mode: MenteeMeetingMode;
  /** YYYY-MM-DD. */
  endsOn: string;
  /** What the two keep between them; 1–2,000 characters. */
  confidentiality: string;
}

export interface MentoringAgreement extends MentoringAgreementInput {
  version: number;
  mentorConfirmed: boolean;
  menteeConfirmed: boolean;
  /** Both confirmed the current version. */
  confirmed: boolean;
  updatedAt: string;
  updatedBy: IdName | null;
}

export interface AgreementConfirmInput {
  /** The version read: confirming an older one is 409. */
  version: number;
}

// Fit check after the first meeting: `PUT /pairings/:id/fit-check`; each side sees only their own answer.
export const FIT_ANSWERS = ['good_fit', 'not_sure', 'not_a_fit'] as const;
export type FitAnswer = (typeof FIT_ANSWERS)[number];

export interface FitCheckInput {
  answer: FitAnswer;
}

// Goals and tasks: `POST /pairings/:id/goals`, `PATCH|DELETE /pairings/:id/goals/:goalId`, the same for tasks.
export interface MentoringGoalInput {
  /** 1–300 characters. */
  title: string;
}

export interface MentoringGoalUpdate {
  title?: string;
  /** 0–100. */
  progress?: number;
  /** At most 2,000 characters. */
  comment?: string;
}

export interface MentoringGoal {
  id: string;
  title: string;
  progress: number;
  comment: string;
  updatedAt: string;
}

export interface MentoringTaskInput {
  title: string;
  /** YYYY-MM-DD or null. */
  dueOn: string | null;
  goalId?: string | null;
}

export interface MentoringTaskUpdate {
  title?: string;
  dueOn?: string | null;
  done?: boolean;
}

export interface MentoringTask {
  id: string;
  title: string;
  dueOn: string | null;
  goalId: string | null;
  doneAt: string | null;
}

// Meetings: `POST /pairings/:id/meetings/scheduled` makes a live session (kind mentoring_meeting) hosted by the
// mentor with the mentee invited; `POST /pairings/:id/meetings` logs one held without it.
export interface ScheduleMentoringMeetingInput {
  /** ISO instants with an offset or Z. */
  startsAt: string;
  endsAt: string;
  /** Omitted: "Mentoring meeting" / "Mentorointitapaaminen". */
  title?: string;
}

export interface LogMentoringMeetingInput {
  /** ISO instant with an offset or Z; not in the future. */
  heldAt: string;
  /** 5–480. */
  durationMinutes: number;
  mode: MentoringMeetingMode;
  /** At most 200 characters. */
  place: string;
}

export interface MentoringMeeting {
  id: string;
  /** The live session of a scheduled meeting (its room and calendar file), null for a logged one. */
  liveSessionId: string | null;
  heldAt: string;
  durationMinutes: number;
  mode: MentoringMeetingMode;
  place: string;
  /** Scheduled meetings in the future are upcoming. */
  upcoming: boolean;
}

// Notes private to the pair: `POST /pairings/:id/notes`, `DELETE /pairings/:id/notes/:noteId` (the author's own).
export interface PairNoteInput {
  /** 1–4,000 characters. */
  body: string;
}

export interface PairNote {
  id: string;
  author: IdName | null;
  body: string;
  createdAt: string;
}

// Closing feedback: `PUT /pairings/:id/feedback`, by each side once the pairing is completed or ended early.
export interface MentoringFeedbackInput {
  /** 1–5. */
  usefulness: number;
  /** 1–5. */
  match: number;
  /** At most 2,000 characters. */
  comment: string;
}

export interface MentoringFeedback extends MentoringFeedbackInput {
  createdAt: string;
}

/** `GET /pairings/:id`. Notes and the fit answer are the viewer's own or the pair's: a coordinator gets `null`. */
export interface PairingDetail extends PairingSummary {
  endReason: string | null;
  /** Seen by the decliner's side and coordinators. */
  declineReason: string | null;
  agreement: MentoringAgreement | null;
  /** The fit check opens after the first meeting. */
  fitCheckOpen: boolean;
  myFitAnswer: FitAnswer | null;
  goals: MentoringGoal[];
  tasks: MentoringTask[];
  meetings: MentoringMeeting[];
  notes: PairNote[] | null;
  myFeedback: MentoringFeedback | null;
  /** Coordinators and admins: ratings given (never the free text of the other side). */
  ratings: {
    mentor: { usefulness: number; match: number } | null;
    mentee: { usefulness: number; match: number } | null;
  } | null;
  /** Whether the viewer manages the program (ends, rematches). */
  mayManage: boolean;
}

// ---- Health: `GET /api/mentoring/programs/:programId/health` ----

export const MENTORING_HEALTH_KINDS = ['no_recent_meeting', 'unanswered_proposal', 'not_a_fit', 'ended_early'] as const;
export type MentoringHealthKind = (typeof MENTORING_HEALTH_KINDS)[number];

/** What the coordinator should do about an item. */
export const MENTORING_HEALTH_ACTIONS = ['contact_pair', 'contact_unanswered', 'end_and_rematch', 'rematch'] as const;
export type MentoringHealthAction = (typeof MENTORING_HEALTH_ACTIONS)[number];

export interface MentoringHealthItem {
  kind: MentoringHealthKind;
  action: MentoringHealthAction;
  pairingId: string;
  mentor: IdName;
  mentee: IdName;
  /** Since when: the last meeting (or start), the proposal, the answer, the end. */
  since: string;
  /** For unanswered proposals, whose answer is missing. */
  waitingFor: PairingSide[];
}

export interface MentoringHealth {
  programId: string;
  counts: Record<MentoringHealthKind, number>;
  items: MentoringHealthItem[];
}

// ---- Report: `GET /api/mentoring/programs/:programId/report` (and `/report.csv`) ----

export interface MentoringReportQuery {
  /** Language of the CSV's headers; defaults to the reader's own. */
  locale?: Locale;
}

/**
 * Figures over the people of the reader's municipalities (admins: all): mentors and mentees by the municipality they
 * signed up in, pairings where either side is. For a decision-maker (figures, not people) every count of 1–4
 * people or pairings is withheld as null (shown "<5", SMALL_GROUP_MAX), and so is a rate over so few.
 */
export interface MentoringProgramReport {
  program: IdName;
  generatedAt: string;
  /** Approved mentors (also those who withdrew since) and mentees asking or matched. */
  recruited: { mentors: number | null; mentees: number | null };
  /** Mentees who have had an accepted pairing. */
  matched: number | null;
  /** From the latest run, by reason (every reason, in MENTORING_UNMATCHED_REASONS order). */
  unmatched: { reason: MentoringUnmatchedReason; count: number | null }[];
  proposals: {
    sent: number | null;
    accepted: number | null;
    declined: number | null;
    expired: number | null;
    open: number | null;
  };
  /** accepted ÷ (accepted + declined + expired); null before any proposal was settled. */
  acceptanceRate: number | null;
  pairsByStatus: Record<PairingStatus, number | null>;
  /** ended_early ÷ (completed + ended_early); null before any ended. */
  earlyEndingRate: number | null;
  meetingsHeld: number;
  /** Averages to one decimal; `responses` is feedback given (each side separately). */
  ratings: { usefulness: number | null; match: number | null; responses: number | null };
  /** Goals reached are those at 100 %. */
  goals: { total: number; reached: number };
  /** Some figure is withheld because it counts 1–4 people (decision-makers only). */
  suppressed: boolean;
}
