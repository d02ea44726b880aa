import type { AppConfig } from './config/config';

/** What bootstrap resolved before Nest starts: the config and the database actually in use. */
export interface Runtime {
  config: AppConfig;
  databaseUrl: string;
}

export const RUNTIME = Symbol('RUNTIME');
