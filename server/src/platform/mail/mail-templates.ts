import type { EmailCategory, Locale } from '@kotopaikka/contracts';

import type { MailTemplate } from './mail.service';
import { MENTORING_TEMPLATES } from './mentoring-mail-templates';

/** What one template says in one language. `why` tells the reader why this mail reached them. */
export interface TemplateText {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; linkParam: string };
  /** A second, quieter link after the action (an info session's cancel link). */
  secondary?: { label: string; linkParam: string };
  why: string;
}

type Params = Record<string, string>;

const TEMPLATES: Record<MailTemplate, Record<Locale, (p: Params) => TemplateText>> = {
  invitation: {
    fi: (p) => ({
      subject: 'Kutsu Kotopaikkaan',
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `${p['inviterName'] ?? 'Kotopaikan koordinaattori'} kutsui sinut Kotopaikkaan, Keski-Suomen kuntien kotoutumistyön oppimisalustalle.`,
        'Ota tili käyttöön asettamalla salasana alla olevasta linkistä. Linkki on henkilökohtainen ja voimassa rajoitetun ajan.',
      ],
      action: { label: 'Ota tili käyttöön', linkParam: 'link' },
      why: 'Sait tämän viestin, koska sinut kutsuttiin Kotopaikan käyttäjäksi. Jos et odottanut kutsua, voit jättää viestin huomiotta.',
    }),
    en: (p) => ({
      subject: 'Your invitation to Kotopaikka',
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `${p['inviterName'] ?? 'A Kotopaikka coordinator'} invited you to Kotopaikka, the learning platform for immigration work in Central Finland's municipalities.`,
        'Activate your account by setting a password through the link below. The link is personal and valid for a limited time.',
      ],
      action: { label: 'Activate your account', linkParam: 'link' },
      why: 'You received this message because you were invited to use Kotopaikka. If you did not expect an invitation, you can ignore it.',
    }),
  },
  password_reset: {
    fi: (p) => ({
      subject: 'Kotopaikan salasanan vaihto',
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        'Voit asettaa uuden salasanan alla olevasta linkistä. Linkki on voimassa rajoitetun ajan ja toimii kerran.',
      ],
      action: { label: 'Aseta uusi salasana', linkParam: 'link' },
      why: 'Sait tämän viestin, koska tilillesi pyydettiin salasanan vaihtoa. Jos et pyytänyt sitä, voit jättää viestin huomiotta: salasanasi ei muutu.',
    }),
    en: (p) => ({
      subject: 'Reset your Kotopaikka password',
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        'You can set a new password through the link below. The link is valid for a limited time and works once.',
      ],
      action: { label: 'Set a new password', linkParam: 'link' },
      why: 'You received this message because a password reset was requested for your account. If you did not ask for it, ignore this message: your password stays the same.',
    }),
  },
  account_deactivated: {
    fi: (p) => ({
      subject: 'Kotopaikan tilisi on poistettu käytöstä',
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        'Kotopaikan tilisi on poistettu käytöstä, etkä voi enää kirjautua palveluun.',
        'Jos tämä on mielestäsi virhe, ota yhteyttä kuntasi Kotopaikka-koordinaattoriin.',
      ],
      why: 'Sait tämän viestin, koska ylläpitäjä tai koordinaattori poisti tilisi käytöstä.',
    }),
    en: (p) => ({
      subject: 'Your Kotopaikka account has been deactivated',
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        'Your Kotopaikka account has been deactivated and you can no longer sign in.',
        'If you think this is a mistake, contact the Kotopaikka coordinator of your municipality.',
      ],
      why: 'You received this message because an administrator or coordinator deactivated your account.',
    }),
  },
  course_stalled: {
    fi: (p) => ({
      subject: `Jatka kurssia: ${p['courseTitle'] ?? ''}`.trim(),
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [`Kurssisi ${p['courseTitle'] ?? ''} on vielä kesken. Voit jatkaa siitä, mihin jäit.`],
      action: { label: 'Jatka kurssia', linkParam: 'link' },
      why: 'Sait tämän muistutuksen, koska aloittamasi kurssi on ollut kesken jonkin aikaa. Muistutamme enintään kerran viikossa.',
    }),
    en: (p) => ({
      subject: `Continue your course: ${p['courseTitle'] ?? ''}`.trim(),
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [`Your course ${p['courseTitle'] ?? ''} is still unfinished. You can continue where you left off.`],
      action: { label: 'Continue the course', linkParam: 'link' },
      why: 'You received this reminder because a course you started has been unfinished for a while. We remind you at most once a week.',
    }),
  },
  course_due_soon: {
    fi: (p) => ({
      subject: `Kurssin määräpäivä lähestyy: ${p['courseTitle'] ?? ''}`.trim(),
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [`Sinulle määrätyn kurssin ${p['courseTitle'] ?? ''} määräpäivä on ${finnishDate(p['dueDate'])}.`],
      action: { label: 'Siirry kurssille', linkParam: 'link' },
      why: 'Sait tämän muistutuksen, koska sinulle määrätyn kurssin määräpäivään on enintään kolme päivää.',
    }),
    en: (p) => ({
      subject: `Course due soon: ${p['courseTitle'] ?? ''}`.trim(),
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [`The course ${p['courseTitle'] ?? ''} assigned to you is due on ${p['dueDate'] ?? ''}.`],
      action: { label: 'Go to the course', linkParam: 'link' },
      why: 'You received this reminder because a course assigned to you is due within three days.',
    }),
  },
  live_session_reminder: {
    fi: (p) => ({
      subject: `Muistutus: ${p['title'] ?? ''} alkaa ${p['startsAt'] ?? ''}`.trim(),
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `Tilaisuus ${p['title'] ?? ''} alkaa ${p['startsAt'] ?? ''} (Suomen aikaa).`,
        ...(p['videoUrl'] ? [`Videoyhteys: ${p['videoUrl']}`] : []),
        'Tilaisuuden sivulta löydät kuvauksen ja pääset mukaan, kun tilaisuus alkaa.',
      ],
      action: { label: 'Avaa tilaisuus', linkParam: 'link' },
      why: 'Sait tämän muistutuksen, koska sinut on kutsuttu tilaisuuteen tai olet sen järjestäjä. Muistutamme vuorokautta ja vartti ennen alkua.',
    }),
    en: (p) => ({
      subject: `Reminder: ${p['title'] ?? ''} starts ${p['startsAt'] ?? ''}`.trim(),
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `The session ${p['title'] ?? ''} starts ${p['startsAt'] ?? ''} (Finnish time).`,
        ...(p['videoUrl'] ? [`Video link: ${p['videoUrl']}`] : []),
        'The session page has its description and lets you join when it starts.',
      ],
      action: { label: 'Open the session', linkParam: 'link' },
      why: 'You received this reminder because you are invited to the session or host it. We remind you a day and a quarter of an hour before it starts.',
    }),
  },
  live_session_cancelled: {
    fi: (p) => ({
      subject: `Peruttu: ${p['title'] ?? ''}`.trim(),
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [`Tilaisuus ${p['title'] ?? ''}, jonka oli määrä alkaa ${p['startsAt'] ?? ''}, on peruttu.`],
      action: { label: 'Katso tilaisuuden tiedot', linkParam: 'link' },
      why: 'Sait tämän viestin, koska sinut oli kutsuttu tilaisuuteen tai olit sen järjestäjä.',
    }),
    en: (p) => ({
      subject: `Cancelled: ${p['title'] ?? ''}`.trim(),
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [`The session ${p['title'] ?? ''}, due to start ${p['startsAt'] ?? ''}, has been cancelled.`],
      action: { label: 'See the session', linkParam: 'link' },
      why: 'You received this message because you were invited to the session or hosted it.',
    }),
  },
  live_registration: {
    fi: (p) => ({
      subject:
        p['waitlisted'] === 'yes'
          ? `Olet jonossa: ${p['sessionTitle'] ?? ''}`.trim()
          : `Ilmoittautuminen vastaanotettu: ${p['sessionTitle'] ?? ''}`.trim(),
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs:
        p['waitlisted'] === 'yes'
          ? [
              `Tilaisuus ${p['sessionTitle'] ?? ''} on täynnä. Olet jonossa. Jos paikka vapautuu, saat siitä viestin.`,
              `Aika: ${p['when'] ?? ''}.`,
              'Alla oleva linkki toimii vasta, kun saat paikan.',
            ]
          : [
              `Olet ilmoittautunut tilaisuuteen ${p['sessionTitle'] ?? ''}.`,
              `Aika: ${p['when'] ?? ''}.`,
              'Pääset mukaan alla olevasta linkistä. Linkki toimii 30 minuuttia ennen alkua ja tilaisuuden ajan. Linkki on vain sinulle: älä jaa sitä.',
            ],
      action: { label: 'Liity tilaisuuteen', linkParam: 'link' },
      secondary: { label: 'Peru ilmoittautuminen', linkParam: 'cancelLink' },
      why: 'Sait tämän viestin, koska ilmoittauduit tilaisuuteen Kotopaikassa. Jos et ilmoittautunut, voit perua ilmoittautumisen yllä olevasta linkistä.',
    }),
    en: (p) => ({
      subject:
        p['waitlisted'] === 'yes'
          ? `You are on the waiting list: ${p['sessionTitle'] ?? ''}`.trim()
          : `You are registered: ${p['sessionTitle'] ?? ''}`.trim(),
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs:
        p['waitlisted'] === 'yes'
          ? [
              `The session ${p['sessionTitle'] ?? ''} is full. You are on the waiting list. If a place becomes free, we will send you a message.`,
              `Time: ${p['when'] ?? ''}.`,
              'The link below works only when you get a place.',
            ]
          : [
              `You are registered for the session ${p['sessionTitle'] ?? ''}.`,
              `Time: ${p['when'] ?? ''}.`,
              'Join with the link below. It works from 30 minutes before the start until the session ends. The link is only for you: do not share it.',
            ],
      action: { label: 'Join the session', linkParam: 'link' },
      secondary: { label: 'Cancel your registration', linkParam: 'cancelLink' },
      why: 'You received this message because you registered for a session on Kotopaikka. If you did not, you can cancel the registration with the link above.',
    }),
  },
  live_registration_promoted: {
    fi: (p) => ({
      subject: `Sait paikan: ${p['sessionTitle'] ?? ''}`.trim(),
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `Paikka vapautui, ja sinulla on nyt paikka tilaisuudessa ${p['sessionTitle'] ?? ''}.`,
        `Aika: ${p['when'] ?? ''}.`,
        'Pääset mukaan alla olevasta linkistä. Linkki toimii 30 minuuttia ennen alkua ja tilaisuuden ajan. Tämän viestin linkit korvaavat aiemman viestin linkit.',
      ],
      action: { label: 'Liity tilaisuuteen', linkParam: 'link' },
      secondary: { label: 'Peru ilmoittautuminen', linkParam: 'cancelLink' },
      why: 'Sait tämän viestin, koska olit tilaisuuden jonossa ja paikka vapautui.',
    }),
    en: (p) => ({
      subject: `You have a place: ${p['sessionTitle'] ?? ''}`.trim(),
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `A place became free, and you now have a place in the session ${p['sessionTitle'] ?? ''}.`,
        `Time: ${p['when'] ?? ''}.`,
        'Join with the link below. It works from 30 minutes before the start until the session ends. The links in this message replace those in the earlier one.',
      ],
      action: { label: 'Join the session', linkParam: 'link' },
      secondary: { label: 'Cancel your registration', linkParam: 'cancelLink' },
      why: 'You received this message because you were on the waiting list of the session and a place became free.',
    }),
  },
  live_registration_reminder: {
    fi: (p) => ({
      subject: `Muistutus: ${p['sessionTitle'] ?? ''}, ${p['when'] ?? ''}`.trim(),
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `Muistutus: olet ilmoittautunut tilaisuuteen ${p['sessionTitle'] ?? ''}.`,
        `Aika: ${p['when'] ?? ''}.`,
        ...(p['videoUrl'] ? [`Videoyhteys: ${p['videoUrl']}`] : []),
        'Pääset mukaan alla olevasta linkistä. Linkki toimii 30 minuuttia ennen alkua ja tilaisuuden ajan. Linkki on vain sinulle: älä jaa sitä.',
      ],
      action: { label: 'Liity tilaisuuteen', linkParam: 'link' },
      secondary: { label: 'Peru ilmoittautuminen', linkParam: 'cancelLink' },
      why: 'Sait tämän muistutuksen, koska ilmoittauduit tilaisuuteen Kotopaikassa. Muistutamme vuorokautta ja vartti ennen alkua.',
    }),
    en: (p) => ({
      subject: `Reminder: ${p['sessionTitle'] ?? ''}, ${p['when'] ?? ''}`.trim(),
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `A reminder: you are registered for the session ${p['sessionTitle'] ?? ''}.`,
        `Time: ${p['when'] ?? ''}.`,
        ...(p['videoUrl'] ? [`Video link: ${p['videoUrl']}`] : []),
        'Join with the link below. It works from 30 minutes before the start until the session ends. The link is only for you: do not share it.',
      ],
      action: { label: 'Join the session', linkParam: 'link' },
      secondary: { label: 'Cancel your registration', linkParam: 'cancelLink' },
      why: 'You received this reminder because you registered for a session on Kotopaikka. We remind you a day and a quarter of an hour before it starts.',
    }),
  },
  live_registration_cancelled: {
    fi: (p) => ({
      subject: `Peruttu: ${p['sessionTitle'] ?? ''}`.trim(),
      heading: `Hei ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `Tilaisuus ${p['sessionTitle'] ?? ''} (${p['when'] ?? ''}) on peruttu. Ilmoittautumisesi ja linkkisi eivät ole enää voimassa.`,
      ],
      why: 'Sait tämän viestin, koska ilmoittauduit tilaisuuteen Kotopaikassa.',
    }),
    en: (p) => ({
      subject: `Cancelled: ${p['sessionTitle'] ?? ''}`.trim(),
      heading: `Hello ${p['name'] ?? ''}`.trim(),
      paragraphs: [
        `The session ${p['sessionTitle'] ?? ''} (${p['when'] ?? ''}) has been cancelled. Your registration and your links no longer apply.`,
      ],
      why: 'You received this message because you registered for a session on Kotopaikka.',
    }),
  },
  ...MENTORING_TEMPLATES,
};

// 2026-12-01 → 1.12.2026, as Finns write dates.
function finnishDate(date: string | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : (date ?? '');
}

const FOOTER: Record<Locale, { preferences: string; unsubscribe: string; category: Record<EmailCategory, string> }> = {
  fi: {
    preferences: 'Sähköpostiasetukset',
    unsubscribe: 'Lopeta tämän tyyppisten viestien tilaus',
    category: { account: 'tiliviesti', reminders: 'muistutus', notifications: 'ilmoitus' },
  },
  en: {
    preferences: 'E-mail preferences',
    unsubscribe: 'Unsubscribe from this kind of message',
    category: { account: 'account message', reminders: 'reminder', notifications: 'notification' },
  },
};

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface RenderContext {
  locale: Locale;
  category: EmailCategory;
  /** `null` for someone without an account: no preferences to set, no category to name. */
  preferencesUrl: string | null;
  /** One-click unsubscribe page; only for categories a person may switch off. */
  unsubscribeUrl: string | null;
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

export function renderMail(template: MailTemplate, params: Params, ctx: RenderContext): RenderedMail {
  const t = TEMPLATES[template][ctx.locale](params);
  const f = FOOTER[ctx.locale];
  const link = t.action ? params[t.action.linkParam] : undefined;
  if (t.action && !link) throw new Error(`mail template ${template} needs param "${t.action.linkParam}"`);
  const second = t.secondary ? params[t.secondary.linkParam] : undefined;
  if (t.secondary && !second) throw new Error(`mail template ${template} needs param "${t.secondary.linkParam}"`);

  const text = [
    `${t.heading},`,
    '',
    ...t.paragraphs.flatMap((p) => [p, '']),
    ...(t.action && link ? [`${t.action.label}: ${link}`, ''] : []),
    ...(t.secondary && second ? [`${t.secondary.label}: ${second}`, ''] : []),
    '--',
    ctx.preferencesUrl ? `${t.why} (${f.category[ctx.category]})` : t.why,
    ...(ctx.preferencesUrl ? [`${f.preferences}: ${ctx.preferencesUrl}`] : []),
    ...(ctx.unsubscribeUrl ? [`${f.unsubscribe}: ${ctx.unsubscribeUrl}`] : []),
    '',
  ].join('\n');

  const html = `<!doctype html>
<html lang="${ctx.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t.subject)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">
<h1 style="font-size: 1.4em;">${escapeHtml(t.heading)}</h1>
${t.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${t.action && link ? `<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 0.6em 1.2em; background: #0b5394; color: #ffffff; text-decoration: underline;">${escapeHtml(t.action.label)}</a></p>\n<p>${escapeHtml(link)}</p>` : ''}
${t.secondary && second ? `<p><a href="${escapeHtml(second)}">${escapeHtml(t.secondary.label)}</a>: ${escapeHtml(second)}</p>` : ''}
<hr>
<p style="font-size: 0.9em;">${escapeHtml(t.why)}</p>
${ctx.preferencesUrl ? `<p style="font-size: 0.9em;"><a href="${escapeHtml(ctx.preferencesUrl)}">${escapeHtml(f.preferences)}</a>${ctx.unsubscribeUrl ? ` · <a href="${escapeHtml(ctx.unsubscribeUrl)}">${escapeHtml(f.unsubscribe)}</a>` : ''}</p>` : ''}
</body>
</html>
`;
  return { subject: t.subject, text, html };
}
