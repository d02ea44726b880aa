import type { FeatureDictionary } from '../../core/i18n/dictionary';

/** The bell's and the home panel's texts: registered by the notification store, which both of them inject. */
export const notificationsI18n = {
  fi: {
    'shell.notifications': 'Ilmoitukset',
    'shell.notificationsButton': { one: 'Ilmoitukset, {count} lukematon', other: 'Ilmoitukset, {count} lukematonta' },
    'shell.notifications.empty': 'Ei ilmoituksia.',
    'shell.notifications.markAllRead': 'Merkitse kaikki luetuiksi',
    'shell.notifications.unread': 'Lukematon',
    'shell.notifications.announce': 'Uusi ilmoitus: {text}',
    'shell.notifications.loadFailed': 'Ilmoituksia ei voitu ladata.',
    'shell.notification.generic': 'Sinulle on uusi ilmoitus.',
    'shell.notification.kind.welcome': 'Tervetuloa Kotopaikkaan, {name}!',
    'shell.notification.kind.certificate_issued': 'Todistuksesi kurssista {courseTitle} on valmis.',
    'shell.notification.kind.training.assigned': 'Sinulle on määrätty kurssi {courseTitle}.',
    'shell.notification.kind.training.assigned.due': 'Sinulle on määrätty kurssi {courseTitle}, määräpäivä {dueDate}.',
    'shell.notification.kind.live_session_reminder': 'Muistutus: {title} alkaa {startsAt}.',
    'shell.notification.kind.live_session_cancelled': 'Tilaisuus {title} ({startsAt}) on peruttu.',
    'shell.notification.kind.live.waitlist_promoted':
      'Pääsit jonosta mukaan: sinulla on nyt paikka tilaisuudessa {sessionTitle}.',
    'shell.notification.kind.mentoring.proposal':
      'Sinulle ehdotetaan mentorointiparia: {otherName} ohjelmassa {programName}.',
    'shell.notification.kind.mentoring.proposal_reminder':
      'Muistutus: vastaa mentorointiparin ehdotukseen ({otherName}, {programName}).',
    'shell.notification.kind.mentoring.proposal_expired':
      'Mentorointiparin ehdotus ({otherName}, {programName}) vanheni vastaamatta.',
    'shell.notification.kind.mentoring.pairing_active':
      'Mentorointi alkaa: sinä ja {otherName} olette pari ohjelmassa {programName}.',
    'shell.notification.kind.mentoring.proposal_declined':
      'Mentorointiparin ehdotus ({otherName}, {programName}) hylättiin.',
    'shell.notification.kind.mentoring.fit_alert':
      'Pari ohjelmassa {programName} ei tunnu sopivan ({otherName}): tarkista tilanne.',
    'shell.notification.kind.mentoring.agreement_changed':
      '{otherName} muutti mentorointisopimusta ({programName}): vahvista uusi versio.',
    'shell.notification.kind.mentoring.completion_reminder':
      'Mentorointisi ({otherName}, {programName}) päättyy viikon kuluttua.',
    'shell.notification.kind.mentoring.completed':
      'Mentorointisi ({otherName}, {programName}) on päättynyt. Kerro palautteesi.',
  },
  en: {
    'shell.notifications': 'Notifications',
    'shell.notificationsButton': 'Notifications, {count} unread',
    'shell.notifications.empty': 'No notifications.',
    'shell.notifications.markAllRead': 'Mark all as read',
    'shell.notifications.unread': 'Unread',
    'shell.notifications.announce': 'New notification: {text}',
    'shell.notifications.loadFailed': 'Notifications could not be loaded.',
    'shell.notification.generic': 'You have a new notification.',
    'shell.notification.kind.welcome': 'Welcome to Kotopaikka, {name}!',
    'shell.notification.kind.certificate_issued': 'Your certificate for the course {courseTitle} is ready.',
    'shell.notification.kind.training.assigned': 'You have been assigned the course {courseTitle}.',
    'shell.notification.kind.training.assigned.due': 'You have been assigned the course {courseTitle}, due {dueDate}.',
    'shell.notification.kind.live_session_reminder': 'Reminder: {title} starts {startsAt}.',
    'shell.notification.kind.live_session_cancelled': 'The session {title} ({startsAt}) has been cancelled.',
    'shell.notification.kind.live.waitlist_promoted':
      'A seat opened up: you now have a place in the session {sessionTitle}.',
    'shell.notification.kind.mentoring.proposal': 'You are proposed a mentoring pair: {otherName} in {programName}.',
    'shell.notification.kind.mentoring.proposal_reminder':
      'Reminder: answer the mentoring proposal ({otherName}, {programName}).',
    'shell.notification.kind.mentoring.proposal_expired':
      'The mentoring proposal ({otherName}, {programName}) expired unanswered.',
    'shell.notification.kind.mentoring.pairing_active':
      'Mentoring starts: you and {otherName} are a pair in {programName}.',
    'shell.notification.kind.mentoring.proposal_declined':
      'The mentoring proposal ({otherName}, {programName}) was declined.',
    'shell.notification.kind.mentoring.fit_alert':
      'A pair in {programName} may not be a good fit ({otherName}): please check.',
    'shell.notification.kind.mentoring.agreement_changed':
      '{otherName} changed the mentoring agreement ({programName}): confirm the new version.',
    'shell.notification.kind.mentoring.completion_reminder':
      'Your mentoring with {otherName} ({programName}) ends in a week.',
    'shell.notification.kind.mentoring.completed':
      'Your mentoring with {otherName} ({programName}) has ended. Please give your feedback.',
  },
} satisfies FeatureDictionary;
