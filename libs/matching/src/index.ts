export * from './lib/matching-types';
