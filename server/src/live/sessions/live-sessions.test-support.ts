import type { LiveSessionInput } from '@kotopaikka/contracts';

/** An instant `hours` from now, written as Helsinki winter time (+02:00) the way a form would send it. */
export function helsinkiIso(hours: number): string {
  const at = new Date(Math.round((Date.now() + hours * 3600_000) / 60_000) * 60_000);
  return new Date(at.getTime() + 2 * 3600_000).toISOString().replace('Z', '+02:00');
}

/** A valid POST /api/live-sessions body: a two-hour webinar a day from now. */
export function sessionBody(
  municipalityId: string,
  hostIds: string[],
  overrides: Partial<LiveSessionInput> = {},
): LiveSessionInput {
  return {
    kind: 'training_webinar',
    title: { fi: 'Monikulttuurinen työyhteisö', en: 'The multicultural workplace' },
    description: { fi: 'Webinaari työnantajille.', en: 'A webinar for employers.' },
    startsAt: helsinkiIso(24),
    endsAt: helsinkiIso(26),
    municipalityId,
    courseId: null,
    hostIds,
    invitees: [],
    capacity: null,
    videoUrl: 'https://meet.jit.si/kotopaikka-webinaari',
    completionMinutes: null,
    publicRegistration: false,
    ...overrides,
  };
}
