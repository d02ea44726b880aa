export * from './lib/notes-sync';
