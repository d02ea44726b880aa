import type { MailJobPayload, MailTemplate } from './mail.service';

/** Templates whose `link` holds a one-time token (the database keeps only its hash elsewhere). */
export const ONE_TIME_LINK_TEMPLATES: ReadonlySet<MailTemplate> = new Set<MailTemplate>([
  'invitation',
  'password_reset',
]);

/** The link with its token (the last path segment) shown as `…`: what the mail log and the spent job keep. */
export function redactOneTimeLink(link: string): string {
  const cut = link.lastIndexOf('/');
  return `${cut < 0 ? '' : link.slice(0, cut + 1)}…`;
}

/** The payload as it may stay at rest once the mail is delivered (or will never be): the same object when it holds no secret. */
export function withoutOneTimeLink(template: MailTemplate, payload: MailJobPayload): MailJobPayload {
  const link = payload.params['link'];
  if (!ONE_TIME_LINK_TEMPLATES.has(template) || !link) return payload;
  return { ...payload, params: { ...payload.params, link: redactOneTimeLink(link) } };
}
