import type { Locale } from '@kotopaikka/contracts';

/** A text whose words follow a number: chosen by `Intl.PluralRules` from the `count` parameter; `other` is required. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Text = string | PluralText;

/** One feature's texts: flat dotted keys prefixed by the feature, one map per supported locale. */
export type FeatureDictionary = Record<Locale, Record<string, Text>>;

export type TranslationParams = Record<string, string | number>;
