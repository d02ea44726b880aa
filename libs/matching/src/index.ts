export * from './lib/matching-types';
export * from './lib/taxonomy';
