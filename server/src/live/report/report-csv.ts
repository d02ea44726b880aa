import { type LiveRole, type Locale, TIME_ZONE } from '@kotopaikka/contracts';

import { CSV_BOM, csvRow } from '../../platform/csv/csv-writer';
import type { AttendanceRow } from '../attendance/attendance.service';

/** The attendance CSV's headers and role names in the reader's language: Finnish Excel users read these. */
const TEXT: Record<Locale, { headers: string[]; roles: Record<LiveRole, string> }> = {
  fi: {
    headers: ['Nimi', 'Rooli', 'Ensimmäinen liittyminen', 'Viimeinen poistuminen', 'Minuutit', 'Käyntejä'],
    roles: { host: 'Järjestäjä', cohost: 'Apujärjestäjä', participant: 'Osallistuja', guest: 'Vieras' },
  },
  en: {
    headers: ['Name', 'Role', 'First joined', 'Last left', 'Minutes', 'Stays'],
    roles: { host: 'Host', cohost: 'Co-host', participant: 'Participant', guest: 'Guest' },
  },
};

// sv-SE writes 2026-11-27 10:00:00: sortable and read as a date by Finnish Excel.
const csvTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'medium',
});

/** The attendance table as a CSV file for Finnish Excel: BOM, `;`, formula starts neutralised, Helsinki times. */
export function attendanceCsv(rows: readonly AttendanceRow[], locale: Locale): string {
  const t = TEXT[locale];
  return (
    CSV_BOM +
    csvRow(t.headers) +
    rows
      .map((r) =>
        csvRow([
          r.name,
          t.roles[r.role],
          csvTime.format(r.firstJoinedAt),
          r.lastLeftAt ? csvTime.format(r.lastLeftAt) : null,
          r.minutes,
          r.stays.length,
        ]),
      )
      .join('')
  );
}
