export * from './lib/matching-types';
export { scorePair, scoreFactors } from './lib/scoring';
export type { PairScore } from './lib/scoring';
export { solveMatching, DEFAULT_CANDIDATES_PER_MENTEE } from './lib/solve-matching';
export type { SolveOptions } from './lib/solve-matching';
export { explainProposal, explanationParts } from './lib/explain-proposal';
export type { ExplanationLocale, ExplanationPart, LabelCategory, LabelFor } from './lib/explain-proposal';
