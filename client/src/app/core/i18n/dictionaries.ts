import { signal } from '@angular/core';
import type { CanMatchFn } from '@angular/router';

import { shellI18n } from '../../shell/shell.i18n';
import type { FeatureDictionary } from './dictionary';

/** Only the frame's texts ship in `main` (they are on the first paint); every other feature's come with its routes. */
const registered = signal<readonly FeatureDictionary[]>([shellI18n]);

export const registeredDictionaries = registered.asReadonly();

/** Adds a feature's texts; every `t()` and `| t` that read a key of it re-renders. Registering twice is harmless. */
export function registerDictionary(dictionary: FeatureDictionary): void {
  if (!registered().includes(dictionary)) registered.update((list) => [...list, dictionary]);
}

/** The lazy features' dictionaries, each a chunk of its own that the routes needing it share. */
export const FEATURE_TEXTS = {
  core: () => import('../core.i18n').then((m) => m.coreI18n),
  auth: () => import('../../auth/auth.i18n').then((m) => m.authI18n),
  home: () => import('../../home/home.i18n').then((m) => m.homeI18n),
  profile: () => import('../../profile/profile.i18n').then((m) => m.profileI18n),
  live: () => import('../../live/live.i18n').then((m) => m.liveI18n),
  mentoring: () => import('../../mentoring/mentoring.i18n').then((m) => m.mentoringI18n),
  legal: () => import('../../legal/legal.i18n').then((m) => m.legalI18n),
  admin: () => import('../../admin/admin.i18n').then((m) => m.adminI18n),
  authoring: () => import('../../authoring/authoring.i18n').then((m) => m.authoringI18n),
  reports: () => import('../../reports/reports.i18n').then((m) => m.reportsI18n),
  training: () => import('../../training/training.i18n').then((m) => m.trainingI18n),
  verify: () => import('../../verify/verify.i18n').then((m) => m.verifyI18n),
  guest: () => import('../../live/guest/guest.i18n').then((m) => m.guestI18n),
} satisfies Record<string, () => Promise<FeatureDictionary>>;

export type FeatureTextsName = keyof typeof FEATURE_TEXTS;

export async function loadTexts(loaders: readonly (() => Promise<FeatureDictionary>)[]): Promise<true> {
  for (const dictionary of await Promise.all(loaders.map((load) => load()))) registerDictionary(dictionary);
  return true;
}

/**
 * `canMatch: [textsOf('training', 'admin')]`: the route matches once its features' texts are registered, so its
 * page never shows a raw key (`admin` for the audience names that several features show). The core texts (errors,
 * fields, lists) come with every page's, so `textsOf()` alone is a page that needs nothing more.
 */
export function textsOf(...features: Exclude<FeatureTextsName, 'core'>[]): CanMatchFn {
  return () => loadTexts(['core' as const, ...features].map((feature) => FEATURE_TEXTS[feature]));
}
