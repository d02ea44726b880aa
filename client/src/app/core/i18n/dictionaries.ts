import { signal } from '@angular/core';
import type { CanMatchFn } from '@angular/router';

import { authI18n } from '../../auth/auth.i18n';
import { shellI18n } from '../../shell/shell.i18n';
import { coreI18n } from '../core.i18n';
import type { FeatureDictionary } from './dictionary';

/** The texts of the first paint (frame, errors, login) ship in `main`; every other feature's come with its routes. */
const registered = signal<readonly FeatureDictionary[]>([coreI18n, shellI18n, authI18n]);

export const registeredDictionaries = registered.asReadonly();

/** Adds a feature's texts; every `t()` and `| t` that read a key of it re-renders. Registering twice is harmless. */
export function registerDictionary(dictionary: FeatureDictionary): void {
  if (!registered().includes(dictionary)) registered.update((list) => [...list, dictionary]);
}

/** The lazy features' dictionaries, each a chunk of its own that the routes needing it share. */
export const FEATURE_TEXTS = {
  home: () => import('../../home/home.i18n').then((m) => m.homeI18n),
  profile: () => import('../../profile/profile.i18n').then((m) => m.profileI18n),
  live: () => import('../../live/live.i18n').then((m) => m.liveI18n),
  legal: () => import('../../legal/legal.i18n').then((m) => m.legalI18n),
  admin: () => import('../../admin/admin.i18n').then((m) => m.adminI18n),
  authoring: () => import('../../authoring/authoring.i18n').then((m) => m.authoringI18n),
  reports: () => import('../../reports/reports.i18n').then((m) => m.reportsI18n),
  training: () => import('../../training/training.i18n').then((m) => m.trainingI18n),
  verify: () => import('../../verify/verify.i18n').then((m) => m.verifyI18n),
} satisfies Record<string, () => Promise<FeatureDictionary>>;

export type FeatureTextsName = keyof typeof FEATURE_TEXTS;

export async function loadTexts(loaders: readonly (() => Promise<FeatureDictionary>)[]): Promise<true> {
  for (const dictionary of await Promise.all(loaders.map((load) => load()))) registerDictionary(dictionary);
  return true;
}

/**
 * `canMatch: [textsOf('training', 'admin')]`: the route matches once its features' texts are registered, so its
 * page never shows a raw key (`admin` for the audience names that several features show).
 */
export function textsOf(...features: FeatureTextsName[]): CanMatchFn {
  return () => loadTexts(features.map((feature) => FEATURE_TEXTS[feature]));
}
