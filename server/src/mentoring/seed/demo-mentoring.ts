import type { Audience, MenteeMeetingMode, MentoringMeetingMode } from '@kotopaikka/contracts';

import { type DemoAccount, demoEmail } from '../../accounts/seed/demo-accounts';

/** The regional program the coordinator matches in the demo (and the e2e flow): every municipality, matching. */
export const DEMO_REGIONAL_PROGRAM = 'Keski-Suomen työnantajien vertaismentorointi 2027';
/** The earlier program, under way, whose health and report show real figures. */
export const DEMO_RUNNING_PROGRAM = 'Äänekosken seudun vertaismentorointi 2026';

export interface DemoMentor {
  email: string;
  municipality: string;
  expertise: string[];
  sectors: string[];
  languages: string[];
  availability: string[];
  modes: MentoringMeetingMode[];
  capacity: number;
  bio: string;
  bioLocale: 'fi' | 'en';
}

export interface DemoMentee {
  email: string;
  municipality: string;
  goals: string;
  expertise: string[];
  sectors: string[];
  languages: string[];
  mode: MenteeMeetingMode;
  availability: string[];
}

const person = (
  localPart: string,
  displayName: string,
  role: 'mentor' | 'member' | 'coordinator',
  audience: Audience,
  municipality: string,
  manages: string[] = [],
): DemoAccount => ({
  email: demoEmail(localPart),
  displayName,
  role,
  audience,
  municipality,
  organisation: null,
  manages,
});

const ALL_MUNICIPALITIES = [
  'Jämsä',
  'Keuruu',
  'Kyyjärvi',
  'Laukaa',
  'Pihtipudas',
  'Saarijärvi',
  'Viitasaari',
  'Äänekoski',
];

/** The regional coordinator manages all eight municipalities, so they manage the regional program. */
export const DEMO_MENTORING_COORDINATOR = person(
  'mentoring.coordinator',
  'Satu Keskinen',
  'coordinator',
  'other',
  'Äänekoski',
  ALL_MUNICIPALITIES,
);

const m = (
  localPart: string,
  name: string,
  municipality: string,
  expertise: string[],
  sectors: string[],
  languages: string[],
  availability: string[],
  modes: MentoringMeetingMode[],
  capacity: number,
  bio: string,
  bioLocale: 'fi' | 'en',
): { account: DemoAccount; mentor: DemoMentor } => ({
  account: person(localPart, name, 'mentor', 'employer', municipality),
  mentor: {
    email: demoEmail(localPart),
    municipality,
    expertise,
    sectors,
    languages,
    availability,
    modes,
    capacity,
    bio,
    bioLocale,
  },
});

/** Mentors of the regional program besides the demo mentor (mentor@, Kari Lehtonen). */
const EXTRA_MENTORS = [
  m(
    'leena.aaltonen',
    'Leena Aaltonen',
    'Äänekoski',
    ['occupational_safety', 'workplace_induction', 'apprenticeships'],
    ['manufacturing'],
    ['fi', 'en', 'ru'],
    ['mon-morning', 'wed-morning'],
    ['in_person'],
    3,
    'I run a sawmill team of forty; half of our new hires in the last three years came from abroad.',
    'en',
  ),
  m(
    'omar.farah',
    'Omar Farah',
    'Saarijärvi',
    ['recruiting_immigrants', 'cultural_differences_at_work', 'language_aware_communication'],
    ['logistics', 'retail'],
    ['fi', 'so', 'ar', 'en'],
    ['mon-evening', 'thu-evening'],
    ['online'],
    2,
    'Muutin Suomeen 2009 ja johdan nyt kuljetusyritystä. Autan mielelläni rekrytoinnin alkuun.',
    'fi',
  ),
  m(
    'pirjo.hakala',
    'Pirjo Hakala',
    'Jämsä',
    ['diversity_management', 'workplace_induction'],
    ['cleaning_property', 'manufacturing'],
    ['fi', 'en'],
    ['tue-afternoon', 'fri-morning'],
    ['in_person', 'online'],
    1,
    'Siivousalan esihenkilö, jonka tiimissä puhutaan yhdeksää kieltä.',
    'fi',
  ),
  m(
    'marko.salo',
    'Marko Salo',
    'Keuruu',
    ['occupational_safety', 'work_trials', 'apprenticeships'],
    ['construction'],
    ['fi', 'et'],
    ['wed-morning', 'thu-morning'],
    ['in_person'],
    2,
    'Rakennusmestari; olen ottanut työmaille kymmeniä työkokeilijoita ja oppisopimusopiskelijoita.',
    'fi',
  ),
  m(
    'anna.lindholm',
    'Anna Lindholm',
    'Kyyjärvi',
    ['employing_international_students', 'work_trials', 'permits_and_qualifications'],
    ['agriculture_forestry'],
    ['fi', 'sv', 'en'],
    ['mon-afternoon', 'sat-morning'],
    ['online'],
    2,
    'Our farm hires seasonal workers and international students every summer; I know the permit paperwork well.',
    'en',
  ),
  m(
    'hussein.aljaziri',
    'Hussein Al-Jaziri',
    'Äänekoski',
    ['recruiting_immigrants', 'language_aware_communication', 'cultural_differences_at_work'],
    ['hospitality', 'retail'],
    ['ar', 'fi', 'en'],
    ['fri-afternoon', 'fri-evening', 'sat-afternoon'],
    ['in_person', 'online'],
    3,
    'Restaurant owner in Äänekoski since 2015. I hire through the employment services and train people on the job.',
    'en',
  ),
  m(
    'johanna.kivela',
    'Johanna Kivelä',
    'Pihtipudas',
    ['municipal_integration_services', 'career_guidance'],
    ['education', 'public_administration'],
    ['fi', 'en'],
    ['tue-evening', 'wed-afternoon'],
    ['online'],
    2,
    'Kunnan kotoutumispalveluiden ohjaaja; tunnen palvelut, joista työnantaja saa tukea.',
    'fi',
  ),
  m(
    'viktor.ivanov',
    'Viktor Ivanov',
    'Viitasaari',
    ['occupational_safety', 'recruiting_immigrants'],
    ['logistics', 'manufacturing'],
    ['ru', 'uk', 'fi'],
    ['mon-morning', 'tue-morning'],
    ['in_person'],
    1,
    'Varaston työnjohtaja. Perehdytän uudet työntekijät venäjäksi, ukrainaksi ja suomeksi.',
    'fi',
  ),
  m(
    'katja.nurmi',
    'Katja Nurmi',
    'Laukaa',
    ['permits_and_qualifications', 'workplace_induction', 'diversity_management'],
    ['health_social_care'],
    ['fi', 'en'],
    ['wed-morning', 'thu-morning'],
    ['in_person'],
    2,
    'Hoivakodin johtaja; olen rekrytoinut hoitajia Filippiineiltä ja tunnen tutkintojen tunnustamisen.',
    'fi',
  ),
  m(
    'erik.sjoberg',
    'Erik Sjöberg',
    'Saarijärvi',
    ['employing_international_students', 'career_guidance'],
    ['retail', 'hospitality'],
    ['sv', 'fi', 'en'],
    ['thu-evening', 'sun-afternoon'],
    ['online'],
    1,
    'Shop manager who has hired more than twenty international students for part-time work.',
    'en',
  ),
  m(
    'mervi.honkanen',
    'Mervi Honkanen',
    'Jämsä',
    ['municipal_integration_services', 'diversity_management', 'cultural_differences_at_work'],
    ['cleaning_property', 'public_administration'],
    ['fi', 'en'],
    ['mon-afternoon', 'wed-afternoon'],
    ['in_person', 'online'],
    3,
    'Kiinteistöpalveluyrityksen henkilöstöpäällikkö ja entinen kunnan työllisyyskoordinaattori.',
    'fi',
  ),
];

/** The demo mentor, made a good match for the demo mentee: Finnish and English, construction, Tuesday mornings. */
const KARI: DemoMentor = {
  email: demoEmail('mentor'),
  municipality: 'Laukaa',
  expertise: [
    'workplace_induction',
    'permits_and_qualifications',
    'language_aware_communication',
    'recruiting_immigrants',
  ],
  sectors: ['construction', 'health_social_care'],
  languages: ['fi', 'en', 'sv'],
  availability: ['tue-morning', 'thu-afternoon', 'wed-evening'],
  modes: ['in_person', 'online'],
  capacity: 2,
  bio: 'Olen johtanut hoiva- ja remonttialan yrityksiä Laukaassa ja perehdyttänyt kymmeniä maahan muuttaneita työntekijöitä.',
  bioLocale: 'fi',
};

export const DEMO_MENTORS: readonly DemoMentor[] = [KARI, ...EXTRA_MENTORS.map((x) => x.mentor)];

type MenteeRow = [string, string, Audience, string, string, string[], string[], string[], MenteeMeetingMode, string[]];

// prettier-ignore
const MENTEE_ROWS: readonly MenteeRow[] = [
  ['aleksi.ruotsalainen', 'Aleksi Ruotsalainen', 'employer', 'Äänekoski', 'Haluan oppia, miten ulkomailta rekrytoidun hitsaajan perehdytys kannattaa järjestää.', ['workplace_induction', 'occupational_safety'], ['manufacturing'], ['fi'], 'in_person', ['mon-morning']],
  ['maria.santos', 'Maria Santos', 'onboarding_staff', 'Äänekoski', 'I want to learn how to explain safety rules to new staff who are still learning Finnish.', ['language_aware_communication', 'occupational_safety'], ['manufacturing'], ['en', 'fi'], 'either', ['wed-morning']],
  ['jonne.lahtinen', 'Jonne Lahtinen', 'employer', 'Äänekoski', 'Ravintolaan tarvitaan kokkeja; miten rekrytointi TE-palveluiden kautta onnistuu?', ['recruiting_immigrants'], ['hospitality'], ['fi'], 'either', ['fri-afternoon']],
  ['sofia.berg', 'Sofia Berg', 'employer', 'Äänekoski', 'Tiimissäni on viisi kansallisuutta; haluan keinoja monimuotoisen työyhteisön johtamiseen.', ['diversity_management', 'cultural_differences_at_work'], ['retail'], ['fi', 'sv'], 'online', ['thu-evening']],
  ['riku.heinonen', 'Riku Heinonen', 'employer', 'Laukaa', 'Oppisopimusopiskelijan ottaminen ensimmäistä kertaa: mitä pitää tietää?', ['apprenticeships', 'workplace_induction'], ['construction'], ['fi'], 'in_person', ['wed-morning']],
  ['noora.vesterinen', 'Noora Vesterinen', 'onboarding_staff', 'Laukaa', 'Hoitajien tutkintojen tunnustaminen ja perehdytys osastolle.', ['permits_and_qualifications', 'workplace_induction'], ['health_social_care'], ['fi', 'en'], 'in_person', ['thu-morning']],
  ['ahmad.nouri', 'Ahmad Nouri', 'employer', 'Laukaa', 'I own a small cleaning company and want to hire my first employees.', ['recruiting_immigrants', 'permits_and_qualifications'], ['cleaning_property'], ['fa', 'en'], 'online', ['mon-evening']],
  ['paula.makela', 'Paula Mäkelä', 'guidance_professional', 'Laukaa', 'Haluan ymmärtää paremmin työnantajan näkökulmaa työkokeiluihin.', ['work_trials', 'career_guidance'], ['public_administration'], ['fi'], 'either', ['tue-evening']],
  ['teemu.kallio', 'Teemu Kallio', 'employer', 'Saarijärvi', 'Kuljetusyritykseen tarvitaan kuljettajia; ajokorttien ja lupien vastaavuus askarruttaa.', ['permits_and_qualifications', 'recruiting_immigrants'], ['logistics'], ['fi'], 'online', ['mon-evening']],
  ['hodan.warsame', 'Hodan Warsame', 'onboarding_staff', 'Saarijärvi', 'Perehdytän varastotyöntekijöitä ja haluan selkeämmän perehdytysmallin.', ['workplace_induction', 'language_aware_communication'], ['logistics'], ['so', 'fi'], 'either', ['thu-evening']],
  ['ville.aho', 'Ville Aho', 'employer', 'Saarijärvi', 'Kaupan kesätyöntekijöiksi kansainvälisiä opiskelijoita – miten aloitan?', ['employing_international_students'], ['retail'], ['fi', 'sv'], 'online', ['sun-afternoon']],
  ['laura.koskela', 'Laura Koskela', 'employer', 'Saarijärvi', 'Haluan tietää, miten kulttuurierot näkyvät asiakaspalvelussa ja miten niistä puhutaan.', ['cultural_differences_at_work'], ['hospitality'], ['fi'], 'in_person', ['fri-evening']],
  ['jarmo.peltola', 'Jarmo Peltola', 'employer', 'Keuruu', 'Rakennustyömaalle tarvitaan työntekijöitä; turvallisuusperehdytys monella kielellä.', ['occupational_safety', 'workplace_induction'], ['construction'], ['fi', 'et'], 'in_person', ['thu-morning']],
  ['olga.petrova', 'Olga Petrova', 'onboarding_staff', 'Keuruu', 'I am an HR assistant and want to build an induction programme for Ukrainian staff.', ['workplace_induction', 'language_aware_communication'], ['manufacturing'], ['uk', 'ru', 'en'], 'online', ['tue-morning']],
  ['sami.rautio', 'Sami Rautio', 'employer', 'Keuruu', 'Metsäalan kausityöntekijöiden luvat ja majoitus.', ['permits_and_qualifications', 'work_trials'], ['agriculture_forestry'], ['fi'], 'online', ['sat-morning']],
  ['minttu.laakso', 'Minttu Laakso', 'guidance_professional', 'Keuruu', 'Kunnan palveluista työnantajille: miten ne kannattaa esitellä?', ['municipal_integration_services'], ['public_administration'], ['fi'], 'online', ['wed-afternoon']],
  ['kalle.nyman', 'Kalle Nyman', 'employer', 'Jämsä', 'Paperitehtaan kunnossapitoon tarvitaan ammattilaisia ulkomailta; tutkinnot?', ['permits_and_qualifications', 'recruiting_immigrants'], ['manufacturing'], ['fi', 'sv'], 'either', ['tue-afternoon']],
  ['amira.haddad', 'Amira Haddad', 'onboarding_staff', 'Jämsä', 'Haluan oppia selkokieltä perehdytykseen ja työturvallisuusohjeisiin.', ['language_aware_communication', 'occupational_safety'], ['cleaning_property'], ['ar', 'fi'], 'in_person', ['mon-afternoon']],
  ['pekka.rinne', 'Pekka Rinne', 'employer', 'Jämsä', 'Monimuotoisen siivoustiimin johtaminen ja vuorosuunnittelu.', ['diversity_management'], ['cleaning_property'], ['fi'], 'in_person', ['fri-morning']],
  ['grace.okafor', 'Grace Okafor', 'employer', 'Jämsä', 'I started a catering business and want advice on hiring and Finnish work culture.', ['cultural_differences_at_work', 'recruiting_immigrants'], ['hospitality'], ['en'], 'online', ['sat-afternoon']],
  ['heikki.tuominen', 'Heikki Tuominen', 'employer', 'Kyyjärvi', 'Maatilalle tarvitaan kausityöntekijöitä; miten työkokeilu toimii?', ['work_trials', 'employing_international_students'], ['agriculture_forestry'], ['fi'], 'online', ['mon-afternoon']],
  ['elsa.nieminen', 'Elsa Nieminen', 'employer', 'Kyyjärvi', 'Kyläkaupan ensimmäinen palkattu työntekijä – mistä aloitan?', ['recruiting_immigrants', 'workplace_induction'], ['retail'], ['fi', 'sv'], 'in_person', ['sat-morning']],
  ['nguyen.van.an', 'Nguyen Van An', 'employer', 'Kyyjärvi', 'Ravintolani tarvitsee kokin Vietnamista: luvat ja perehdytys.', ['permits_and_qualifications'], ['hospitality'], ['vi'], 'online', ['sun-evening']],
  ['tuomas.karppinen', 'Tuomas Karppinen', 'employer', 'Pihtipudas', 'Haluan ymmärtää, mitä kunnan kotoutumispalvelut tarjoavat työnantajalle.', ['municipal_integration_services'], ['education'], ['fi'], 'online', ['tue-evening']],
  ['lina.ahmed', 'Lina Ahmed', 'guidance_professional', 'Pihtipudas', 'I guide job seekers and want to understand how employers choose trainees.', ['career_guidance', 'work_trials'], ['public_administration'], ['en', 'ar'], 'online', ['wed-afternoon']],
  ['matti.rasanen', 'Matti Räsänen', 'employer', 'Pihtipudas', 'Sahalle tarvitaan työntekijöitä; työturvallisuus ja perehdytys.', ['occupational_safety', 'workplace_induction'], ['manufacturing'], ['fi'], 'in_person', ['mon-morning']],
  ['irina.sokolova', 'Irina Sokolova', 'onboarding_staff', 'Viitasaari', 'Varaston perehdytys venäjänkielisille työntekijöille.', ['workplace_induction', 'occupational_safety'], ['logistics'], ['ru', 'fi'], 'in_person', ['tue-morning']],
  ['juho.kemppainen', 'Juho Kemppainen', 'employer', 'Viitasaari', 'Matkailuyrityksen kausityöntekijät ja kulttuurierot asiakastyössä.', ['cultural_differences_at_work', 'employing_international_students'], ['hospitality'], ['fi', 'en'], 'online', ['thu-evening']],
  ['rosa.lehto', 'Rosa Lehto', 'employer', 'Viitasaari', 'Kotihoidon yritykseen hoitajia: kielitaitovaatimukset ja perehdytys.', ['permits_and_qualifications', 'language_aware_communication'], ['health_social_care'], ['fi'], 'in_person', ['wed-morning']],
];

/** The demo mentee, made a good match for the demo mentor. */
const TIINA: DemoMentee = {
  email: demoEmail('mentee'),
  municipality: 'Keuruu',
  goals:
    'Palkkaamme ensimmäiset ulkomailta tulevat rakennustyöntekijät. Haluan oppia perehdyttämään heidät ja selvittämään pätevyyksien vastaavuuden.',
  expertise: ['workplace_induction', 'permits_and_qualifications'],
  sectors: ['construction'],
  languages: ['fi', 'en'],
  mode: 'online',
  availability: ['tue-morning', 'thu-afternoon'],
};

export const DEMO_MENTEES: readonly DemoMentee[] = [
  TIINA,
  ...MENTEE_ROWS.map(([localPart, , , municipality, goals, expertise, sectors, languages, mode, availability]) => ({
    email: demoEmail(localPart),
    municipality,
    goals,
    expertise,
    sectors,
    languages,
    mode,
    availability,
  })),
];

/** The people the mentoring demo adds to the demo accounts (same password). */
export const DEMO_MENTORING_PEOPLE: readonly DemoAccount[] = [
  DEMO_MENTORING_COORDINATOR,
  ...EXTRA_MENTORS.map((x) => x.account),
  ...MENTEE_ROWS.map(([localPart, name, audience, municipality]) =>
    person(localPart, name, 'member', audience, municipality),
  ),
];

export const REGIONAL_MUNICIPALITIES = ALL_MUNICIPALITIES;
