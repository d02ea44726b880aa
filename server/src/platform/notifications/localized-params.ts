import { SUPPORTED_LOCALES } from '@kotopaikka/contracts';
import { type LocalizedField, pickLocalized } from '@kotopaikka/training';

/** A text param in every language (`name.fi`, `name.en`), so the client shows it in the viewer's language. */
export function localizedParam(name: string, field: LocalizedField): Record<string, string> {
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => [`${name}.${locale}`, pickLocalized(field, locale).text]),
  );
}
