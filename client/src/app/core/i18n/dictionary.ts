import type { Locale } from '@kotopaikka/contracts';

/** One feature's texts: flat dotted keys prefixed by the feature, one map per supported locale. */
export type FeatureDictionary = Record<Locale, Record<string, string>>;

export type TranslationParams = Record<string, string | number>;
