import { demoEmail } from '../../accounts/seed/demo-accounts';
import { decisionMakersCourse } from './decision-makers.course';
import { employersCourse } from './employers.course';
import { guidanceCourse } from './guidance.course';

/**
 * One demo learner's history in a seed course, relative to the moment of seeding. Lessons are done in course order;
 * the quiz is attempted when its lesson comes up, and the course completes by the platform's own rule.
 */
export interface DemoEnrollment {
  email: string;
  slug: string;
  enrolledDaysAgo: number;
  /** Days from enrolling to the last activity, over which the lessons and attempts are spread. */
  activeDays: number;
  lessonsDone: number;
  /** Answers to the course's first reflection prompts. */
  reflections: number;
  /** Correct answers per quiz attempt, in order; graded like a real attempt. */
  quizAttempts: number[];
}

const DM = decisionMakersCourse.slug;
const EMP = employersCourse.slug;
const GUI = guidanceCourse.slug;

function took(
  localPart: string,
  slug: string,
  enrolledDaysAgo: number,
  activeDays: number,
  lessonsDone: number,
  reflections: number,
  quizAttempts: number[] = [],
): DemoEnrollment {
  return { email: demoEmail(localPart), slug, enrolledDaysAgo, activeDays, lessonsDone, reflections, quizAttempts };
}

// Pass marks: decision-makers 70 % (5 of 7 right), employers 80 % and guidance 75 % (6 of 7 right).
// Äänekoski has at least five learners and a completion in every course, so its decision-maker's report has figures:
// groups of fewer than five are shown as "<5" (server/src/training/reports/small-groups.ts).
export const DEMO_ENROLLMENTS: readonly DemoEnrollment[] = [
  // The demo accounts: three courses under way and one completed with a certificate (Sanna Heikkinen).
  took('decision', DM, 9, 7, 2, 1),
  took('employer', EMP, 14, 12, 3, 2),
  took('onboarding', EMP, 24, 8, 7, 6, [5, 6]),
  took('guidance', GUI, 17, 13, 4, 3),
  took('mentee', EMP, 11, 9, 2, 2),

  took('hanna.laitinen', DM, 52, 12, 7, 6, [6]),
  took('petri.salonen', DM, 20, 6, 3, 3),
  took('eeva.mattila', DM, 45, 20, 7, 5, [4, 6]),
  took('raimo.kettunen', DM, 12, 0, 0, 0),
  took('heli.vainio', DM, 30, 10, 5, 4),
  took('kaisa.niskanen', DM, 38, 5, 7, 6, [7]),
  took('merja.peltonen', DM, 16, 4, 4, 4),
  took('sari.jokinen', DM, 27, 9, 7, 6, [5]),
  took('jukka.manninen', DM, 34, 11, 7, 6, [4, 5]),
  took('nadia.karimi', DM, 7, 3, 3, 2),

  took('ahmed.hassan', EMP, 40, 14, 7, 6, [6]),
  took('marja.rantanen', EMP, 22, 9, 7, 5, [4, 5]),
  took('lan.nguyen', EMP, 10, 3, 3, 3),
  took('fatima.ali', EMP, 6, 1, 1, 1),
  took('samir.haddad', EMP, 48, 21, 7, 6, [5, 7]),
  took('tuula.koivisto', EMP, 18, 4, 4, 3),
  took('oksana.melnyk', EMP, 35, 11, 7, 6, [6]),
  took('timo.lindqvist', EMP, 13, 0, 0, 0),
  took('antti.korhonen', EMP, 55, 26, 7, 4, [6]),
  took('amina.yusuf', EMP, 19, 7, 6, 5),
  took('arben.krasniqi', EMP, 8, 2, 2, 1),
  took('ville.karjalainen', EMP, 33, 15, 5, 2),
  took('mohammad.rahimi', EMP, 29, 10, 7, 6, [7]),
  took('anu.hamalainen', EMP, 15, 3, 2, 2),
  took('jussi.rasanen', EMP, 31, 9, 7, 6, [6]),
  took('elina.toivonen', EMP, 12, 5, 4, 3),
  took('goran.petrovic', EMP, 23, 6, 7, 5, [5]),

  took('jari.hiltunen', GUI, 42, 13, 7, 6, [6]),
  took('ines.pereira', GUI, 21, 8, 5, 5),
  took('anu.hamalainen', GUI, 50, 17, 7, 6, [7]),
  took('dawit.tesfaye', GUI, 26, 12, 7, 6, [5, 4]),
  took('wei.li', GUI, 9, 2, 2, 2),
  took('riikka.saarinen', GUI, 36, 7, 7, 6, [6]),
  took('minna.kauppinen', GUI, 44, 16, 7, 6, [5, 6]),
  took('yusuf.abdi', GUI, 28, 10, 7, 6, [7]),
  took('tero.hyvonen', GUI, 11, 2, 1, 1),
];

/** What the demo learners wrote, per course in the order of its reflection prompts. */
export const DEMO_REFLECTIONS: Readonly<Record<string, readonly string[]>> = {
  [DM]: [
    'Sahalla ja hoivakodeilla on jatkuvasti avoimia paikkoja. Jos pula jatkuu, palvelut ohenevat ja verotulot pienenevät, kun nuoret muuttavat pois.',
    'Kotoutumisohjelmasta vastaa sivistysjohtaja, ja tavoitteet ovat kuntastrategian liitteessä. Tarkemmin kysyisin maahanmuuttokoordinaattorilta.',
    'Työllisyyspalvelut ohjaa 20 vasta muuttanutta työikäistä työhön tai koulutukseen vuoden 2027 loppuun mennessä; mittarina sijoittuneet neljännesvuosittain.',
    'Paikalliset yritykset, ammattiopisto ja järjestöjen vapaaehtoiset. Kunta voi tarjota yrityksille rekrytointitukea ja opistolle tiloja iltakursseille.',
    'Valtuustoseminaarissa keväällä. Viesti oli myönteinen mutta yleinen: henkilöstölle se ei kertonut, mitä heiltä odotetaan.',
    'Miten lapset pääsevät päivähoitoon, mistä löydän lääkärin ja miten pääsen kielikurssille. Verkkosivuilta löytyisi vain osa, ja vain suomeksi.',
  ],
  [EMP]: [
    'Ilmoituksessa vaadittiin sujuvaa suomea, mutta työssä pärjää perussanastolla ja kuvallisilla ohjeilla. Muutamme vaatimuksen seuraavaan ilmoitukseen.',
    'Henkilöstöhallinto kirjaa lupien päättymispäivät, mutta muistutusta ei ole. Sovimme, että esihenkilö saa tiedon kolme kuukautta ennen.',
    'Keittiön ja kahvion työt. Voimme harjoitella testin kysymyksiä etukäteen yhdessä ja selvittää, voiko testin tehdä omalla kielellä.',
    'Työturvallisuuskortti, tulityökortti ja trukkikortti. Työturvallisuuskortin koulutus löytyy englanniksi, tulityökortti toistaiseksi vain suomeksi.',
    'Koneen käynnistys: tarkista suojat, paina vihreää, seuraa merkkivaloa, älä kurota terän yli, pysäytä punaisesta. Pyydän työntekijää näyttämään vaiheet itse.',
    'Meiltä puuttuu nimetty perehdyttäjä ja kirjallinen suunnitelma. Tuotantopäällikkö voisi ottaa vastuun seuraavasta rekrytoinnista.',
  ],
  [GUI]: [
    'Kotoutumissuunnitelma, työkokeilu ja palkkatuki. Selittäisin ne esimerkin kautta ja piirtäisin samalla paperille.',
    'Asiakas kertoi omin sanoin eri asian kuin luulin sopineemme. Seuraavalla kerralla selitin hitaammin, yksi asia kerrallaan.',
    'Asiakkaan teini-ikäinen poika tulkkasi. Terveyteen ja rahaan liittyvät asiat jäivät varmasti sanomatta.',
    'Tiedän, että hän on ollut kokki ja puhuu kolmea kieltä. En ole kysynyt, mitä hän itse haluaisi tehdä viiden vuoden päästä.',
    'Suomen kielen opinnot, työkokeilu ravintolassa ja hygieniapassi voisivat kulkea rinnakkain, jolloin polku lyhenisi puolella vuodella.',
    'Ottaisin yhteyttä kunnan sosiaaliohjaukseen ja varhaiskasvatuksen palveluohjaukseen. Numerot pitää vielä tarkistaa.',
  ],
};
