import type { Locale } from '@kotopaikka/contracts';

import type { TemplateText } from './mail-templates';

type Params = Record<string, string>;

/** Mentoring's e-mails. Every one links to the pairing (`link`); `programName` and `otherName` name the program and the other side. */
export type MentoringMailTemplate =
  | 'mentoring_proposal'
  | 'mentoring_proposal_reminder'
  | 'mentoring_completion_reminder'
  | 'mentoring_follow_up';

export const MENTORING_TEMPLATES: Record<MentoringMailTemplate, Record<Locale, (p: Params) => TemplateText>> = {
  mentoring_proposal: {
    fi: (p) => ({
      subject: `Mentorointiehdotus: ${p['programName'] ?? ''}`.trim(),
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `Sinulle ehdotetaan mentorointiparia ohjelmassa ${p['programName'] ?? ''}: ${p['otherName'] ?? ''}.`,
        ...(p['explanation'] ? [`Miksi juuri te: ${p['explanation']}.`] : []),
        `Hyväksy tai hylkää ehdotus ${p['answerBy'] ?? '14 päivän'} mennessä. Vastaamaton ehdotus raukeaa.`,
      ],
      action: { label: 'Vastaa ehdotukseen', linkParam: 'link' },
      why: 'Sait tämän viestin, koska ilmoittauduit mentorointiohjelmaan ja koordinaattori ehdotti sinulle paria.',
    }),
    en: (p) => ({
      subject: `Mentoring proposal: ${p['programName'] ?? ''}`.trim(),
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `You are proposed a mentoring pair in the program ${p['programName'] ?? ''}: ${p['otherName'] ?? ''}.`,
        ...(p['explanation'] ? [`Why you two: ${p['explanation']}.`] : []),
        `Accept or decline the proposal by ${p['answerBy'] ?? 'the end of 14 days'}. A proposal left unanswered expires.`,
      ],
      action: { label: 'Answer the proposal', linkParam: 'link' },
      why: 'You received this message because you signed up to a mentoring program and a coordinator proposed a pair for you.',
    }),
  },
  mentoring_proposal_reminder: {
    fi: (p) => ({
      subject: `Muistutus: mentorointiehdotus odottaa vastaustasi`,
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `Ehdotus mentorointiparista ${p['otherName'] ?? ''} (ohjelma ${p['programName'] ?? ''}) odottaa yhä vastaustasi.`,
        `Ehdotus raukeaa ${p['answerBy'] ?? ''}, jos et vastaa siihen.`,
      ],
      action: { label: 'Vastaa ehdotukseen', linkParam: 'link' },
      why: 'Sait tämän muistutuksen, koska et ole vastannut viikon vanhaan mentorointiehdotukseen. Muistutamme vain kerran.',
    }),
    en: (p) => ({
      subject: `Reminder: a mentoring proposal awaits your answer`,
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `The proposal to pair you with ${p['otherName'] ?? ''} (program ${p['programName'] ?? ''}) still awaits your answer.`,
        `The proposal expires on ${p['answerBy'] ?? ''} if you do not answer it.`,
      ],
      action: { label: 'Answer the proposal', linkParam: 'link' },
      why: 'You received this reminder because you have not answered a week-old mentoring proposal. We remind you only once.',
    }),
  },
  mentoring_completion_reminder: {
    fi: (p) => ({
      subject: `Mentorointinne päättyy ${p['endsOn'] ?? ''}`.trim(),
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `Mentorointinne (${p['otherName'] ?? ''}, ohjelma ${p['programName'] ?? ''}) päättyy sovitusti ${p['endsOn'] ?? ''}.`,
        'Sopikaa viimeinen tapaaminen, päivittäkää tavoitteiden eteneminen ja antakaa palautetta, kun mentorointi päättyy.',
      ],
      action: { label: 'Avaa mentorointi', linkParam: 'link' },
      why: 'Sait tämän muistutuksen viikkoa ennen mentorointisopimuksenne päättymispäivää.',
    }),
    en: (p) => ({
      subject: `Your mentoring ends on ${p['endsOn'] ?? ''}`.trim(),
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `Your mentoring (${p['otherName'] ?? ''}, program ${p['programName'] ?? ''}) ends as agreed on ${p['endsOn'] ?? ''}.`,
        'Agree on a last meeting, update your goals’ progress and give feedback when the mentoring ends.',
      ],
      action: { label: 'Open the mentoring', linkParam: 'link' },
      why: 'You received this reminder a week before the end date of your mentoring agreement.',
    }),
  },
  mentoring_follow_up: {
    fi: (p) => ({
      subject: 'Miten mentorointi on kantanut?',
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `Mentorointinne (${p['otherName'] ?? ''}, ohjelma ${p['programName'] ?? ''}) päättyi kuukausi sitten.`,
        'Kerro lyhyesti, mitä siitä on jäänyt käyttöön työssäsi: vastauksesi auttaa kehittämään ohjelmaa.',
      ],
      action: { label: 'Vastaa seurantakyselyyn', linkParam: 'link' },
      why: 'Sait tämän viestin kerran, 30 päivää mentoroinnin päättymisen jälkeen.',
    }),
    en: (p) => ({
      subject: 'How has the mentoring carried on?',
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `Your mentoring (${p['otherName'] ?? ''}, program ${p['programName'] ?? ''}) ended a month ago.`,
        'Tell us briefly what of it you use in your work now: your answer helps improve the program.',
      ],
      action: { label: 'Answer the follow-up survey', linkParam: 'link' },
      why: 'You received this message once, 30 days after the mentoring ended.',
    }),
  },
};
