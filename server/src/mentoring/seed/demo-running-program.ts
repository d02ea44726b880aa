import type { FitAnswer, PairingSide, PairingStatus } from '@kotopaikka/contracts';

import { demoEmail } from '../../accounts/seed/demo-accounts';
import type { DemoMentee } from './demo-mentoring';

/** Mentors of the earlier program (also mentors in the regional one), with their capacity there. */
export const RUNNING_MENTORS: readonly { email: string; capacity: number }[] = [
  { email: demoEmail('leena.aaltonen'), capacity: 3 },
  { email: demoEmail('katja.nurmi'), capacity: 2 },
  { email: demoEmail('omar.farah'), capacity: 2 },
];

export const RUNNING_MUNICIPALITIES = ['Äänekoski', 'Laukaa', 'Saarijärvi'];

const mentee = (localPart: string, municipality: string, goals: string, expertise: string[]): DemoMentee => ({
  email: demoEmail(localPart),
  municipality,
  goals,
  expertise,
  sectors: ['manufacturing', 'health_social_care'],
  languages: ['fi'],
  mode: 'either',
  availability: ['mon-morning', 'wed-morning', 'thu-morning'],
});

/** Demo learners (accounts seed) who asked for a mentor in the earlier program. */
export const RUNNING_MENTEES: readonly DemoMentee[] = [
  mentee('marja.rantanen', 'Äänekoski', 'Perehdytysmalli tehtaan uusille työntekijöille.', ['workplace_induction']),
  mentee('samir.haddad', 'Laukaa', 'Haluan tukea hoitajien perehdyttämiseen.', ['permits_and_qualifications']),
  mentee('anu.hamalainen', 'Saarijärvi', 'Työnantajayhteistyön keinot ohjaustyöhön.', ['recruiting_immigrants']),
  mentee('elina.toivonen', 'Äänekoski', 'Ensimmäisen ulkomailta rekrytoidun työntekijän palkkaus.', [
    'occupational_safety',
  ]),
  mentee('tuula.koivisto', 'Laukaa', 'Monikulttuurisen hoitotiimin johtaminen.', ['diversity_management']),
  mentee('goran.petrovic', 'Äänekoski', 'Kuljettajien rekrytointi ja luvat.', ['recruiting_immigrants']),
  mentee('lan.nguyen', 'Äänekoski', 'Selkokielinen perehdytys tuotantoon.', ['language_aware_communication']),
  mentee('ines.pereira', 'Äänekoski', 'Työkokeilujen järjestäminen yritysten kanssa.', ['work_trials']),
];

export interface DemoPairing {
  mentor: string;
  mentee: string;
  status: PairingStatus;
  /** Days before the seeding. */
  proposed: number;
  started?: number;
  finished?: number;
  answers?: Partial<Record<PairingSide, 'accepted' | 'declined' | null>>;
  agreement?: boolean;
  meetings?: number[];
  goals?: { title: string; progress: number; comment: string }[];
  task?: string;
  note?: string;
  fit?: { side: PairingSide; answer: FitAnswer; days: number }[];
  feedback?: { side: PairingSide; usefulness: number; match: number; comment: string }[];
  endReason?: string;
  declineReason?: string;
}

const [leena, katja, omar] = RUNNING_MENTORS.map((x) => x.email);
const e = demoEmail;

/**
 * The earlier program's pairings: one going well, one gone quiet (no meeting for 45 days), one where the mentee
 * answered "not a good fit", one completed with feedback, one ended early, one proposal still waiting for the
 * mentee after nine days, and one declined. Ines Pereira's request is left unmatched (the mentors were full).
 */
export const RUNNING_PAIRINGS: readonly DemoPairing[] = [
  {
    mentor: leena,
    mentee: e('marja.rantanen'),
    status: 'active',
    proposed: 64,
    started: 60,
    agreement: true,
    meetings: [55, 34, 12, 5],
    goals: [
      { title: 'Perehdytysmalli valmis', progress: 100, comment: 'Otettu käyttöön lokakuussa.' },
      { title: 'Selkokieliset työturvallisuusohjeet', progress: 60, comment: 'Kolme ohjetta viidestä valmiina.' },
    ],
    task: 'Kokeile kuvallista ohjetta sahalinjalla',
    note: 'Seuraavalla kerralla käydään läpi palautteet uusilta työntekijöiltä.',
    fit: [
      { side: 'mentor', answer: 'good_fit', days: 54 },
      { side: 'mentee', answer: 'good_fit', days: 54 },
    ],
  },
  {
    mentor: katja,
    mentee: e('samir.haddad'),
    status: 'active',
    proposed: 85,
    started: 80,
    agreement: true,
    meetings: [72, 45],
    goals: [{ title: 'Tutkintojen tunnustamisen prosessi tutuksi', progress: 30, comment: '' }],
  },
  {
    mentor: omar,
    mentee: e('anu.hamalainen'),
    status: 'active',
    proposed: 30,
    started: 26,
    agreement: true,
    meetings: [14],
    fit: [
      { side: 'mentor', answer: 'not_sure', days: 13 },
      { side: 'mentee', answer: 'not_a_fit', days: 12 },
    ],
  },
  {
    mentor: leena,
    mentee: e('elina.toivonen'),
    status: 'completed',
    proposed: 98,
    started: 95,
    finished: 10,
    agreement: true,
    meetings: [90, 70, 50, 30, 14],
    goals: [
      { title: 'Ensimmäinen rekrytointi tehty', progress: 100, comment: 'Hitsaaja aloitti syyskuussa.' },
      { title: 'Perehdytyssuunnitelma', progress: 100, comment: '' },
    ],
    feedback: [
      { side: 'mentor', usefulness: 4, match: 5, comment: 'Hyvä pari, paljon yhteistä.' },
      { side: 'mentee', usefulness: 5, match: 4, comment: 'Sain käytännön vinkkejä, joita olen jo käyttänyt.' },
    ],
  },
  {
    mentor: katja,
    mentee: e('tuula.koivisto'),
    status: 'ended_early',
    proposed: 90,
    started: 86,
    finished: 25,
    agreement: true,
    meetings: [80, 60],
    endReason: 'Aikataulumme eivät sopineet yhteen.',
    feedback: [{ side: 'mentee', usefulness: 3, match: 2, comment: '' }],
  },
  {
    mentor: omar,
    mentee: e('goran.petrovic'),
    status: 'proposed',
    proposed: 9,
    answers: { mentor: 'accepted', mentee: null },
  },
  {
    mentor: katja,
    mentee: e('lan.nguyen'),
    status: 'declined',
    proposed: 40,
    answers: { mentor: 'accepted', mentee: 'declined' },
    declineReason: 'Löysin tuen omasta työpaikastani.',
  },
];
