/** The platform's two languages (as `Locale` in libs/contracts; this library depends on nothing). */
export type TaxonomyLocale = 'fi' | 'en';

/**
 * The peer-mentoring taxonomy: what mentors offer and mentees ask for, as data (a key that the database and the
 * matching engine store, and its names in Finnish and English). A new area is a new row here, not a migration; a
 * key is never renamed or reused, since profiles and requests keep it.
 */
export interface TaxonomyEntry {
  key: string;
  fi: string;
  en: string;
}

export const EXPERTISE_AREAS: readonly TaxonomyEntry[] = [
  { key: 'recruiting_immigrants', fi: 'maahanmuuttajien rekrytointi', en: 'recruiting immigrants' },
  { key: 'workplace_induction', fi: 'työpaikan perehdytys', en: 'workplace induction' },
  { key: 'language_aware_communication', fi: 'kielitietoinen viestintä', en: 'language-aware communication' },
  {
    key: 'permits_and_qualifications',
    fi: 'oleskelulupa-asiat ja tutkintojen tunnustaminen',
    en: 'permit cards and qualifications',
  },
  { key: 'diversity_management', fi: 'monimuotoisuuden johtaminen', en: 'diversity management' },
  { key: 'cultural_differences_at_work', fi: 'kulttuurierot työelämässä', en: 'cultural differences at work' },
  { key: 'municipal_integration_services', fi: 'kunnan kotoutumispalvelut', en: 'municipal integration services' },
  {
    key: 'employing_international_students',
    fi: 'kansainvälisten opiskelijoiden työllistäminen',
    en: 'employing international students',
  },
  { key: 'apprenticeships', fi: 'oppisopimuskoulutus', en: 'apprenticeships' },
  { key: 'work_trials', fi: 'työkokeilut ja palkkatuki', en: 'work trials and pay subsidy' },
  {
    key: 'occupational_safety',
    fi: 'työturvallisuus monikielisellä työpaikalla',
    en: 'safety at a multilingual workplace',
  },
  { key: 'career_guidance', fi: 'uraohjaus', en: 'career guidance' },
];

export const SECTORS: readonly TaxonomyEntry[] = [
  { key: 'health_social_care', fi: 'sosiaali- ja terveysala', en: 'health and social care' },
  { key: 'cleaning_property', fi: 'siivous- ja kiinteistöpalvelut', en: 'cleaning and property services' },
  { key: 'construction', fi: 'rakennusala', en: 'construction' },
  { key: 'hospitality', fi: 'majoitus- ja ravitsemusala', en: 'hospitality' },
  { key: 'logistics', fi: 'logistiikka', en: 'logistics' },
  { key: 'agriculture_forestry', fi: 'maa- ja metsätalous', en: 'agriculture and forestry' },
  { key: 'manufacturing', fi: 'teollisuus', en: 'manufacturing' },
  { key: 'retail', fi: 'kauppa', en: 'retail' },
  { key: 'education', fi: 'kasvatus ja koulutus', en: 'education' },
  { key: 'public_administration', fi: 'julkinen hallinto', en: 'public administration' },
];

/** Languages a profile may list (ISO 639-1), named as one speaks them: "suomi", "Finnish". */
export const MENTORING_LANGUAGES: readonly TaxonomyEntry[] = [
  { key: 'fi', fi: 'suomi', en: 'Finnish' },
  { key: 'sv', fi: 'ruotsi', en: 'Swedish' },
  { key: 'en', fi: 'englanti', en: 'English' },
  { key: 'ar', fi: 'arabia', en: 'Arabic' },
  { key: 'ru', fi: 'venäjä', en: 'Russian' },
  { key: 'uk', fi: 'ukraina', en: 'Ukrainian' },
  { key: 'so', fi: 'somali', en: 'Somali' },
  { key: 'fa', fi: 'persia', en: 'Persian' },
  { key: 'ku', fi: 'kurdi', en: 'Kurdish' },
  { key: 'et', fi: 'viro', en: 'Estonian' },
  { key: 'es', fi: 'espanja', en: 'Spanish' },
  { key: 'fr', fi: 'ranska', en: 'French' },
  { key: 'de', fi: 'saksa', en: 'German' },
  { key: 'tr', fi: 'turkki', en: 'Turkish' },
  { key: 'th', fi: 'thai', en: 'Thai' },
  { key: 'vi', fi: 'vietnam', en: 'Vietnamese' },
  { key: 'zh', fi: 'kiina', en: 'Chinese' },
];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;

const WEEKDAY_NAMES: Record<(typeof WEEKDAYS)[number], TaxonomyEntry> = {
  mon: { key: 'mon', fi: 'maanantai', en: 'Monday' },
  tue: { key: 'tue', fi: 'tiistai', en: 'Tuesday' },
  wed: { key: 'wed', fi: 'keskiviikko', en: 'Wednesday' },
  thu: { key: 'thu', fi: 'torstai', en: 'Thursday' },
  fri: { key: 'fri', fi: 'perjantai', en: 'Friday' },
  sat: { key: 'sat', fi: 'lauantai', en: 'Saturday' },
  sun: { key: 'sun', fi: 'sunnuntai', en: 'Sunday' },
};

const DAY_PART_NAMES: Record<(typeof DAY_PARTS)[number], TaxonomyEntry> = {
  morning: { key: 'morning', fi: 'aamupäivä', en: 'morning' },
  afternoon: { key: 'afternoon', fi: 'iltapäivä', en: 'afternoon' },
  evening: { key: 'evening', fi: 'ilta', en: 'evening' },
};

/** The 21 availability slots, `mon-morning` … `sun-evening`, in week order. */
export const AVAILABILITY_SLOTS: readonly TaxonomyEntry[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => ({
    key: `${day}-${part}`,
    fi: `${WEEKDAY_NAMES[day].fi} ${DAY_PART_NAMES[part].fi}`,
    en: `${WEEKDAY_NAMES[day].en} ${DAY_PART_NAMES[part].en}`,
  })),
);

export type TaxonomyCategory = 'expertise' | 'sector' | 'language' | 'availability';

const BY_CATEGORY: Record<TaxonomyCategory, ReadonlyMap<string, TaxonomyEntry>> = {
  expertise: new Map(EXPERTISE_AREAS.map((e) => [e.key, e])),
  sector: new Map(SECTORS.map((e) => [e.key, e])),
  language: new Map(MENTORING_LANGUAGES.map((e) => [e.key, e])),
  availability: new Map(AVAILABILITY_SLOTS.map((e) => [e.key, e])),
};

/** Whether `key` is one of the category's (what an input is validated against). */
export function isTaxonomyKey(category: TaxonomyCategory, key: string): boolean {
  return BY_CATEGORY[category].has(key);
}

/** A key's name in the language asked for; an unknown key (one dropped from the list) shows as itself. */
export function taxonomyLabel(category: TaxonomyCategory, key: string, locale: TaxonomyLocale): string {
  return BY_CATEGORY[category].get(key)?.[locale] ?? key;
}
