import type { LiveSessionKind, LocalizedText, RsvpState } from '@kotopaikka/contracts';

import { demoEmail } from '../../accounts/seed/demo-accounts';

/** A moment relative to the seeding: `days` from today (Helsinki calendar), at a Helsinki wall-clock time. */
export interface DemoMoment {
  days: number;
  hour: number;
  minute: number;
}

export interface DemoLiveSession {
  kind: LiveSessionKind;
  title: LocalizedText;
  description: LocalizedText;
  municipality: string;
  starts: DemoMoment;
  minutes: number;
  hostEmail: string;
  /** Invited one by one, by e-mail. */
  inviteeEmails: string[];
  /** Invited as an audience of the session's municipality. */
  inviteeAudiences: string[];
  capacity: number | null;
  videoUrl: string | null;
  /** A fixed public registration slug (info sessions only), so the demo page has an address one can print. */
  publicSlug: string | null;
  courseSlug: string | null;
  completionMinutes: number | null;
  rsvps: { email: string; state: RsvpState }[];
  /** People without an account who registered on the public page. */
  registrations: { name: string; email: string; locale: 'fi' | 'en' }[];
}

/** A person in the past workshop's room: minutes from its start for each stay (a gap over 2 minutes is a leave). */
export interface DemoAttendee {
  email: string;
  stays: [number, number][];
}

/** The past workshop's kept record, minutes counted from its start. */
export interface DemoWorkshopRecord {
  startedAfter: number;
  endedAfter: number;
  attendees: DemoAttendee[];
  chat: { at: number; email: string; text: string }[];
  poll: {
    at: number;
    closedAt: number;
    question: string;
    options: string[];
    /** Option position each voter chose, by e-mail. */
    votes: { at: number; email: string; option: number }[];
  };
  board: {
    at: number;
    revealedAt: number;
    closedAt: number;
    title: string;
    dotsPerParticipant: number;
    prompts: string[];
    cards: { at: number; email: string; prompt: number; text: string; group?: string }[];
    /** Dots on cards (by position in `cards`); at most dotsPerParticipant per voter. */
    votes: { at: number; email: string; card: number; dots: number }[];
  };
  notes: string;
}

const WORKSHOP_TITLE: LocalizedText = {
  fi: 'Äänekosken kotoutumisohjelman strategiatyöpaja',
  en: 'Äänekoski integration programme: strategy workshop',
};

export const DEMO_WORKSHOP: DemoLiveSession = {
  kind: 'strategy_workshop',
  title: WORKSHOP_TITLE,
  description: {
    fi: 'Kaupungin, työnantajien ja maahan muuttaneiden asukkaiden yhteinen työpaja. Kootaan ideat kotoutumisohjelman seuraavalle kaudelle ja äänestetään tärkeimmät.',
    en: 'A joint workshop of the town, employers and residents who have moved here. We gather ideas for the next period of the integration programme and vote for the most important ones.',
  },
  municipality: 'Äänekoski',
  starts: { days: -18, hour: 9, minute: 0 },
  minutes: 180,
  hostEmail: demoEmail('coordinator'),
  inviteeEmails: [
    'decision',
    'employer',
    'participant',
    'hanna.laitinen',
    'petri.salonen',
    'jari.hiltunen',
    'fatima.ali',
    'ahmed.hassan',
    'marja.rantanen',
  ].map(demoEmail),
  inviteeAudiences: [],
  capacity: 25,
  videoUrl: 'https://meet.jit.si/kotopaikka-aanekoski-strategiatyopaja',
  publicSlug: null,
  courseSlug: null,
  completionMinutes: null,
  rsvps: [
    ...['decision', 'employer', 'participant', 'hanna.laitinen', 'petri.salonen', 'jari.hiltunen', 'fatima.ali'].map(
      (p) => ({ email: demoEmail(p), state: 'going' as const }),
    ),
    { email: demoEmail('ahmed.hassan'), state: 'maybe' },
    { email: demoEmail('marja.rantanen'), state: 'declined' },
  ],
  registrations: [],
};

const e = demoEmail;

export const DEMO_WORKSHOP_RECORD: DemoWorkshopRecord = {
  startedAfter: 2,
  endedAfter: 176,
  attendees: [
    { email: e('coordinator'), stays: [[-6, 177]] },
    { email: e('decision'), stays: [[-2, 176]] },
    { email: e('employer'), stays: [[1, 95] as [number, number], [104, 176]] },
    { email: e('participant'), stays: [[0, 176]] },
    { email: e('hanna.laitinen'), stays: [[-1, 176]] },
    { email: e('petri.salonen'), stays: [[3, 120]] },
    { email: e('jari.hiltunen'), stays: [[5, 176]] },
    { email: e('fatima.ali'), stays: [[12, 176]] },
    { email: e('ahmed.hassan'), stays: [[40, 150]] },
  ],
  chat: [
    { at: 3, email: e('coordinator'), text: 'Tervetuloa kaikki! Aloitetaan pienellä esittäytymiskierroksella.' },
    { at: 5, email: e('decision'), text: 'Hyvää huomenta! Liisa Koskinen, sivistyslautakunta.' },
    { at: 6, email: e('participant'), text: 'Huomenta, olen Olena. Asun Äänekoskella kolmatta vuotta.' },
    {
      at: 8,
      email: e('employer'),
      text: 'Juha Mäkinen, Äänekosken Puu ja Metalli. Meillä on töissä jo kuusi eri kansallisuutta.',
    },
    { at: 14, email: e('fatima.ali'), text: 'Anteeksi myöhästyminen, bussi oli myöhässä. Nyt olen paikalla.' },
    { at: 19, email: e('coordinator'), text: 'Avaan nyt kyselyn: mikä on teidän mielestänne tärkein painopiste?' },
    {
      at: 27,
      email: e('jari.hiltunen'),
      text: 'Kielen oppiminen ja työ kulkevat käsi kädessä – työpaikalla oppii nopeimmin.',
    },
    { at: 33, email: e('hanna.laitinen'), text: 'Samaa mieltä. Voisiko työpaikoille saada kielikummeja?' },
    { at: 41, email: e('coordinator'), text: 'Seuraavaksi ideataulu: kirjoittakaa ideoita kolmen otsikon alle.' },
    { at: 58, email: e('participant'), text: 'Lisäsin idean kerhoista lapsiperheille. Niitä kaivataan iltaisin.' },
    { at: 94, email: e('employer'), text: 'Palaan hetken päästä, puhelu asiakkaalle.' },
    {
      at: 101,
      email: e('coordinator'),
      text: 'Äänestys on auki: jokaisella on kolme pistettä. Tulokset näytetään lopuksi.',
    },
    { at: 128, email: e('coordinator'), text: 'Tulokset ovat nyt näkyvissä. Kiitos äänistä!' },
    { at: 118, email: e('petri.salonen'), text: 'Kiitos, hyvä työpaja. Jatketaan strategiaryhmässä.' },
    { at: 170, email: e('coordinator'), text: 'Muistiinpanot ja ideataulun tulos jäävät tallelle. Kiitos kaikille!' },
  ],
  poll: {
    at: 20,
    closedAt: 26,
    question: 'Mikä on kotoutumisohjelman tärkein painopiste seuraavalle kaudelle?',
    options: [
      'Työllistyminen ja työpaikkojen tuki',
      'Suomen kielen oppiminen arjessa',
      'Palveluiden saavutettavuus ja neuvonta',
      'Yhteisöllisyys ja vapaa-aika',
    ],
    votes: [
      { at: 21, email: e('decision'), option: 0 },
      { at: 21, email: e('employer'), option: 0 },
      { at: 22, email: e('participant'), option: 1 },
      { at: 22, email: e('hanna.laitinen'), option: 2 },
      { at: 23, email: e('petri.salonen'), option: 0 },
      { at: 23, email: e('jari.hiltunen'), option: 1 },
      { at: 24, email: e('fatima.ali'), option: 1 },
    ],
  },
  board: {
    at: 42,
    revealedAt: 127,
    closedAt: 165,
    title: 'Mitä Äänekoski voi tehdä paremmin?',
    dotsPerParticipant: 3,
    prompts: ['Työ ja yrittäjyys', 'Kieli ja koulutus', 'Arki ja yhteisö'],
    cards: [
      { at: 45, email: e('employer'), prompt: 0, text: 'Työnantajille yksi yhteyshenkilö kaupungilta' },
      {
        at: 47,
        email: e('decision'),
        prompt: 0,
        text: 'Harjoittelupaikkojen välitys yritysten ja TE-palveluiden kanssa',
      },
      { at: 50, email: e('fatima.ali'), prompt: 0, text: 'Tukea oman yrityksen perustamiseen' },
      { at: 46, email: e('jari.hiltunen'), prompt: 1, text: 'Kielikummit työpaikoille' },
      { at: 49, email: e('participant'), prompt: 1, text: 'Iltakursseja suomen kieleen työssäkäyville' },
      { at: 53, email: e('hanna.laitinen'), prompt: 1, text: 'Selkokieliset tiedotteet kaupungin verkkosivuille' },
      { at: 57, email: e('participant'), prompt: 2, text: 'Kerhoja lapsiperheille iltaisin' },
      { at: 60, email: e('petri.salonen'), prompt: 2, text: 'Yhdistysten esittelypäivä uusille asukkaille' },
      { at: 64, email: e('ahmed.hassan'), prompt: 2, text: 'Liikuntavuoroja naisille ja perheille' },
    ],
    votes: [
      { at: 103, email: e('decision'), card: 1, dots: 2 },
      { at: 103, email: e('decision'), card: 5, dots: 1 },
      { at: 105, email: e('employer'), card: 0, dots: 2 },
      { at: 105, email: e('employer'), card: 3, dots: 1 },
      { at: 106, email: e('participant'), card: 4, dots: 2 },
      { at: 106, email: e('participant'), card: 6, dots: 1 },
      { at: 108, email: e('hanna.laitinen'), card: 3, dots: 2 },
      { at: 108, email: e('hanna.laitinen'), card: 5, dots: 1 },
      { at: 110, email: e('petri.salonen'), card: 1, dots: 1 },
      { at: 110, email: e('petri.salonen'), card: 3, dots: 1 },
      { at: 110, email: e('petri.salonen'), card: 7, dots: 1 },
      { at: 112, email: e('jari.hiltunen'), card: 3, dots: 2 },
      { at: 112, email: e('jari.hiltunen'), card: 4, dots: 1 },
      { at: 114, email: e('fatima.ali'), card: 2, dots: 1 },
      { at: 114, email: e('fatima.ali'), card: 4, dots: 1 },
      { at: 114, email: e('fatima.ali'), card: 6, dots: 1 },
      { at: 116, email: e('ahmed.hassan'), card: 8, dots: 2 },
      { at: 116, email: e('ahmed.hassan'), card: 0, dots: 1 },
    ],
  },
  notes: [
    '# Strategiatyöpaja: muistiinpanot',
    '',
    '## Kyselyn tulos',
    '- Tärkein painopiste: työllistyminen ja työpaikkojen tuki (3 ääntä), sitten kielen oppiminen arjessa (3).',
    '',
    '## Ideataulun kärki',
    '1. Kielikummit työpaikoille',
    '2. Iltakursseja suomen kieleen työssäkäyville',
    '3. Harjoittelupaikkojen välitys',
    '',
    '## Sovitut jatkotoimet',
    '- [ ] Mikko vie tuloksen strategiaryhmän kokoukseen',
    '- [ ] Liisa selvittää kielikummien rahoituksen',
    '- [ ] Juha kysyy yrittäjäyhdistykseltä harjoittelupaikoista',
    '',
  ].join('\n'),
};

export const DEMO_INFO_SESSION: DemoLiveSession = {
  kind: 'info_session',
  title: {
    fi: 'Aamupala: tervetuloa Äänekoskelle',
    en: 'Breakfast info: welcome to Äänekoski',
  },
  description: {
    fi: 'Tule aamupalalle ja tutustu Äänekosken palveluihin. Kerromme kielikursseista, työnhausta, neuvolasta ja harrastuksista. Puhumme selkeää suomea, ja englanninkielinen tulkki on paikalla. Voit osallistua myös verkossa. Tilaisuus on maksuton.',
    en: 'Come for breakfast and get to know the services in Äänekoski. We talk about language courses, looking for work, child health clinics and hobbies. We speak plain Finnish, and an English interpreter is there. You can also take part online. The event is free.',
  },
  municipality: 'Äänekoski',
  starts: { days: 9, hour: 9, minute: 0 },
  minutes: 90,
  hostEmail: demoEmail('coordinator'),
  inviteeEmails: [],
  inviteeAudiences: ['immigrant_participant'],
  capacity: 30,
  videoUrl: 'https://meet.jit.si/kotopaikka-aamupala-aanekoski',
  publicSlug: 'aamupala-aanekoski',
  courseSlug: null,
  completionMinutes: null,
  rsvps: [{ email: demoEmail('fatima.ali'), state: 'going' }],
  registrations: [
    { name: 'Amal Hussein', email: 'amal.hussein@example.org', locale: 'fi' },
    { name: 'Dmytro Bondarenko', email: 'dmytro.bondarenko@example.org', locale: 'en' },
    { name: 'Thi Mai Tran', email: 'thi.mai.tran@example.org', locale: 'en' },
  ],
};

export const DEMO_WEBINAR: DemoLiveSession = {
  kind: 'training_webinar',
  title: {
    fi: 'Webinaari: kielitietoinen ohjaus ja selkokieli',
    en: 'Webinar: language-aware guidance and plain language',
  },
  description: {
    fi: 'Käytännön vinkkejä selkeään viestintään asiakastyössä ja työpaikalla. Webinaari tukee verkkokurssia Kielitietoinen ohjaus; osallistuminen lasketaan kurssin suoritukseen.',
    en: 'Practical tips for clear communication with clients and at work. The webinar supports the online course on language-aware guidance; taking part counts towards completing it.',
  },
  municipality: 'Äänekoski',
  starts: { days: 6, hour: 13, minute: 0 },
  minutes: 90,
  hostEmail: demoEmail('coordinator'),
  inviteeEmails: ['decision', 'employer', 'onboarding', 'guidance', 'mentor', 'mentee', 'participant'].map(demoEmail),
  inviteeAudiences: [],
  capacity: 50,
  videoUrl: 'https://meet.jit.si/kotopaikka-webinaari-kielitietoinen-ohjaus',
  publicSlug: null,
  courseSlug: 'language-aware-guidance',
  completionMinutes: 60,
  rsvps: [
    { email: demoEmail('guidance'), state: 'going' },
    { email: demoEmail('employer'), state: 'going' },
    { email: demoEmail('mentee'), state: 'maybe' },
  ],
  registrations: [],
};

export const DEMO_LIVE_SESSIONS: readonly DemoLiveSession[] = [DEMO_WORKSHOP, DEMO_INFO_SESSION, DEMO_WEBINAR];
