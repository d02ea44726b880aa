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
  { email: 'admin@demo.kotopaikka.fi', displayName: 'Aino Virtanen', role: 'admin', audience: 'other', municipality: null, organisation: null, manages: [] },
  {
    email: 'coordinator@demo.kotopaikka.fi',
    displayName: 'Mikko Leinonen',
    role: 'coordinator',
    audience: 'other',
    municipality: 'Äänekoski',
    organisation: null,
    manages: ['Äänekoski', 'Laukaa', 'Saarijärvi'],
  },
  { email: 'decision@demo.kotopaikka.fi', displayName: 'Liisa Koskinen', role: 'member', audience: 'decision_maker', municipality: 'Äänekoski', organisation: null, manages: [] },
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
  { email: 'mentor@demo.kotopaikka.fi', displayName: 'Kari Lehtonen', role: 'mentor', audience: 'employer', municipality: 'Laukaa', organisation: 'Laukaan Hoivakodit Oy', manages: [] },
  {
    email: 'mentee@demo.kotopaikka.fi',
    displayName: 'Tiina Järvinen',
    role: 'member',
    audience: 'employer',
    municipality: 'Keuruu',
    organisation: 'Keuruun Rakennus ja Remontti Oy',
    manages: [],
  },
  { email: 'participant@demo.kotopaikka.fi', displayName: 'Olena Kovalenko', role: 'member', audience: 'immigrant_participant', municipality: 'Äänekoski', organisation: null, manages: [] },
];
