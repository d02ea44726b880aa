export type { ExplanationLocale, ExplanationPart, LabelCategory, LabelFor } from './lib/explain-proposal';
export { explainProposal, explanationParts } from './lib/explain-proposal';
export * from './lib/matching-types';
export type { PairScore } from './lib/scoring';
export { scoreFactors, scorePair } from './lib/scoring';
export type { SolveOptions } from './lib/solve-matching';
export { DEFAULT_CANDIDATES_PER_MENTEE, DEFAULT_MAX_STORED_SCORES, solveMatching } from './lib/solve-matching';
export * from './lib/taxonomy';
