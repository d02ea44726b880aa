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
  },
} satisfies FeatureDictionary;
