import type { LocalizedText } from '@kotopaikka/contracts';
import { pickLocalized } from '@kotopaikka/training';

import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** What a calendar entry shows of a session. */
export interface CalendarSession {
  id: string;
  title: Partial<LocalizedText>;
  description: Partial<LocalizedText>;
  startsAt: Date;
  endsAt: Date;
  status: string;
  sequence: number;
  videoUrl: string | null;
  updatedAt: Date;
}

export interface CalendarOptions {
  /** The deployment's address: the UID's domain and the session page's base. */
  publicUrl: string;
  /** The reader's language (titles and descriptions fall back to another version when theirs is empty). */
  locale: string;
  /** The calendar's name, shown by calendar apps for a subscribed feed. */
  name: string;
  /** The path of a session's page in the client. */
  sessionPath: (sessionId: string) => string;
}

const SESSION_PAGE: Record<string, string> = { fi: 'Tilaisuuden sivu', en: 'Session page' };
const VIDEO: Record<string, string> = { fi: 'Videoyhteys', en: 'Video link' };

/**
 * Sessions as an iCalendar document (RFC 5545) in UTC times. The UID `<session id>@<host>` stays the same for the
 * session's life and SEQUENCE follows live_session.sequence, so a calendar app updates its entry in place; a
 * cancelled session stays in the document as STATUS:CANCELLED, which removes it from the reader's calendar.
 */
export function calendarIcs(sessions: readonly CalendarSession[], options: CalendarOptions): string {
  const host = new URL(options.publicUrl).host;
  const calendar = ical({
    prodId: { company: 'Kotopaikka', product: 'live-sessions', language: options.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: options.name,
  });
  for (const s of sessions) {
    const page = `${options.publicUrl}${options.sessionPath(s.id)}`;
    const description = pickLocalized(s.description, options.locale).text.trim();
    const lines = [
      ...(description ? [description, ''] : []),
      `${SESSION_PAGE[options.locale] ?? SESSION_PAGE['en']}: ${page}`,
      ...(s.videoUrl ? [`${VIDEO[options.locale] ?? VIDEO['en']}: ${s.videoUrl}`] : []),
    ];
    calendar.createEvent({
      id: `${s.id}@${host}`,
      sequence: s.sequence,
      start: s.startsAt,
      end: s.endsAt,
      stamp: s.updatedAt,
      lastModified: s.updatedAt,
      summary: pickLocalized(s.title, options.locale).text,
      description: lines.join('\n'),
      url: page,
      location: s.videoUrl,
      status: s.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
