import { Foundation1764268800000 } from './1764268800000-foundation';

/** Every migration, oldest first. The server bundle cannot glob, so a new migration is added here. */
export const migrations = [Foundation1764268800000];
