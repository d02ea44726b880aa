import type { Audience, OrganisationKind, Role } from '@kotopaikka/contracts';

/** The one password of every demo account, printed in README.md. */
export const DEMO_PASSWORD = 'Kotopaikka-demo-2026';

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  municipality: string;
}

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  audience: Audience;
  /** Home municipality by name; null for the platform-wide admin. */
  municipality: string | null;
  organisation: string | null;
  /** Municipalities a coordinator manages. */
  manages: string[];
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { name: 'Äänekosken Puu ja Metalli Oy', kind: 'employer', municipality: 'Äänekoski' },
  { name: 'Laukaan Hoivakodit Oy', kind: 'employer', municipality: 'Laukaa' },
  { name: 'Saarijärven kaupungin työllisyyspalvelut', kind: 'municipal_unit', municipality: 'Saarijärvi' },
  { name: 'Keuruun Rakennus ja Remontti Oy', kind: 'employer', municipality: 'Keuruu' },
  { name: 'Jämsän Paperi ja Huolto Oy', kind: 'employer', municipality: 'Jämsä' },
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.kotopaikka.fi',
    displayName: 'Aino Virtanen',
    role: 'admin',
    audience: 'other',
    municipality: null,
    organisation: null,
    manages: [],
  },
  {
    email: 'coordinator@demo.kotopaikka.fi',
    displayName: 'Mikko Leinonen',
    role: 'coordinator',
    audience: 'other',
    municipality: 'Äänekoski',
    organisation: null,
    manages: ['Äänekoski', 'Laukaa', 'Saarijärvi'],
  },
  {
    email: 'decision@demo.kotopaikka.fi',
    displayName: 'Liisa Koskinen',
    role: 'member',
    audience: 'decision_maker',
    municipality: 'Äänekoski',
    organisation: null,
    manages: [],
  },
  {
    email: 'employer@demo.kotopaikka.fi',
    displayName: 'Juha Mäkinen',
    role: 'member',
    audience: 'employer',
    municipality: 'Äänekoski',
    organisation: 'Äänekosken Puu ja Metalli Oy',
    manages: [],
  },
  {
    email: 'onboarding@demo.kotopaikka.fi',
    displayName: 'Sanna Heikkinen',
    role: 'member',
    audience: 'onboarding_staff',
    municipality: 'Jämsä',
    organisation: 'Jämsän Paperi ja Huolto Oy',
    manages: [],
  },
  {
    email: 'guidance@demo.kotopaikka.fi',
    displayName: 'Päivi Nieminen',
    role: 'member',
    audience: 'guidance_professional',
    municipality: 'Saarijärvi',
    organisation: 'Saarijärven kaupungin työllisyyspalvelut',
    manages: [],
  },
  {
    email: 'mentor@demo.kotopaikka.fi',
    displayName: 'Kari Lehtonen',
    role: 'mentor',
    audience: 'employer',
    municipality: 'Laukaa',
    organisation: 'Laukaan Hoivakodit Oy',
    manages: [],
  },
  {
    email: 'mentee@demo.kotopaikka.fi',
    displayName: 'Tiina Järvinen',
    role: 'member',
    audience: 'employer',
    municipality: 'Keuruu',
    organisation: 'Keuruun Rakennus ja Remontti Oy',
    manages: [],
  },
  {
    email: 'participant@demo.kotopaikka.fi',
    displayName: 'Olena Kovalenko',
    role: 'member',
    audience: 'immigrant_participant',
    municipality: 'Äänekoski',
    organisation: null,
    manages: [],
  },
];

export const demoEmail = (localPart: string): string => `${localPart}@demo.kotopaikka.fi`;

const learner = (
  localPart: string,
  name: string,
  audience: Audience,
  municipality: string,
  organisation: string | null = null,
): DemoAccount => ({
  email: demoEmail(localPart),
  displayName: name,
  role: 'member',
  audience,
  municipality,
  organisation,
  manages: [],
});

/**
 * Fictional learners whose course activity (server/src/training/seed/demo-activity.ts) fills the reports. Äänekoski has
 * at least five in each course, so its decision-maker sees figures rather than "<5" (small groups are withheld).
 */
export const DEMO_LEARNERS: readonly DemoAccount[] = [
  learner('hanna.laitinen', 'Hanna Laitinen', 'decision_maker', 'Äänekoski'),
  learner('petri.salonen', 'Petri Salonen', 'decision_maker', 'Äänekoski'),
  learner('ahmed.hassan', 'Ahmed Hassan', 'onboarding_staff', 'Äänekoski', 'Äänekosken Puu ja Metalli Oy'),
  learner('marja.rantanen', 'Marja Rantanen', 'employer', 'Äänekoski', 'Äänekosken Puu ja Metalli Oy'),
  learner('lan.nguyen', 'Lan Nguyen', 'onboarding_staff', 'Äänekoski', 'Äänekosken Puu ja Metalli Oy'),
  learner('jari.hiltunen', 'Jari Hiltunen', 'guidance_professional', 'Äänekoski'),
  learner('fatima.ali', 'Fatima Ali', 'immigrant_participant', 'Äänekoski'),
  learner('heli.vainio', 'Heli Vainio', 'decision_maker', 'Äänekoski'),
  learner('jukka.manninen', 'Jukka Manninen', 'decision_maker', 'Äänekoski'),
  learner('nadia.karimi', 'Nadia Karimi', 'decision_maker', 'Äänekoski'),
  learner('jussi.rasanen', 'Jussi Räsänen', 'employer', 'Äänekoski', 'Äänekosken Puu ja Metalli Oy'),
  learner('elina.toivonen', 'Elina Toivonen', 'employer', 'Äänekoski'),
  learner('goran.petrovic', 'Goran Petrović', 'employer', 'Äänekoski'),
  learner('ines.pereira', 'Inês Pereira', 'guidance_professional', 'Äänekoski'),
  learner('minna.kauppinen', 'Minna Kauppinen', 'guidance_professional', 'Äänekoski'),
  learner('yusuf.abdi', 'Yusuf Abdi', 'guidance_professional', 'Äänekoski'),
  learner('tero.hyvonen', 'Tero Hyvönen', 'guidance_professional', 'Äänekoski'),
  learner('eeva.mattila', 'Eeva Mattila', 'decision_maker', 'Laukaa'),
  learner('samir.haddad', 'Samir Haddad', 'onboarding_staff', 'Laukaa', 'Laukaan Hoivakodit Oy'),
  learner('tuula.koivisto', 'Tuula Koivisto', 'employer', 'Laukaa', 'Laukaan Hoivakodit Oy'),
  learner(
    'anu.hamalainen',
    'Anu Hämäläinen',
    'guidance_professional',
    'Saarijärvi',
    'Saarijärven kaupungin työllisyyspalvelut',
  ),
  learner(
    'dawit.tesfaye',
    'Dawit Tesfaye',
    'guidance_professional',
    'Saarijärvi',
    'Saarijärven kaupungin työllisyyspalvelut',
  ),
  learner('raimo.kettunen', 'Raimo Kettunen', 'decision_maker', 'Saarijärvi'),
  learner('oksana.melnyk', 'Oksana Melnyk', 'onboarding_staff', 'Keuruu', 'Keuruun Rakennus ja Remontti Oy'),
  learner('timo.lindqvist', 'Timo Lindqvist', 'employer', 'Keuruu', 'Keuruun Rakennus ja Remontti Oy'),
  learner('antti.korhonen', 'Antti Korhonen', 'employer', 'Jämsä', 'Jämsän Paperi ja Huolto Oy'),
  learner('amina.yusuf', 'Amina Yusuf', 'onboarding_staff', 'Jämsä', 'Jämsän Paperi ja Huolto Oy'),
  learner('kaisa.niskanen', 'Kaisa Niskanen', 'decision_maker', 'Jämsä'),
  learner('merja.peltonen', 'Merja Peltonen', 'decision_maker', 'Kyyjärvi'),
  learner('arben.krasniqi', 'Arben Krasniqi', 'employer', 'Kyyjärvi'),
  learner('ville.karjalainen', 'Ville Karjalainen', 'employer', 'Pihtipudas'),
  learner('wei.li', 'Wei Li', 'guidance_professional', 'Pihtipudas'),
  learner('sari.jokinen', 'Sari Jokinen', 'decision_maker', 'Viitasaari'),
  learner('mohammad.rahimi', 'Mohammad Rahimi', 'onboarding_staff', 'Viitasaari'),
  learner('riikka.saarinen', 'Riikka Saarinen', 'guidance_professional', 'Viitasaari'),
];
