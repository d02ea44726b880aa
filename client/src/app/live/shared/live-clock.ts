import { InjectionToken } from '@angular/core';

/** What time it is, for "today" in the calendar and "upcoming" on the home page; a spec fixes it. */
export const LIVE_NOW = new InjectionToken<() => Date>('LIVE_NOW', { factory: () => () => new Date() });
