import type { MailJobPayload, MailTemplate } from './mail.service';

/** Templates whose links hold a one-time token (the database keeps only its hash elsewhere), by param name. */
export const ONE_TIME_LINK_PARAMS: Readonly<Partial<Record<MailTemplate, readonly string[]>>> = {
  invitation: ['link'],
  password_reset: ['link'],
  // An info session's personal join and cancel links.
  live_registration: ['link', 'cancelLink'],
  live_registration_promoted: ['link', 'cancelLink'],
  live_registration_reminder: ['link', 'cancelLink'],
};

/** The link with its token (the last path segment) shown as `…`: what the mail log and the spent job keep. */
export function redactOneTimeLink(link: string): string {
  const cut = link.lastIndexOf('/');
  return `${cut < 0 ? '' : link.slice(0, cut + 1)}…`;
}

/** The payload as it may stay at rest once the mail is delivered (or will never be): the same object when it holds no secret. */
export function withoutOneTimeLink(template: MailTemplate, payload: MailJobPayload): MailJobPayload {
  const names = (ONE_TIME_LINK_PARAMS[template] ?? []).filter((name) => payload.params[name]);
  if (names.length === 0) return payload;
  const params = { ...payload.params };
  for (const name of names) params[name] = redactOneTimeLink(params[name]);
  return { ...payload, params };
}
