/**
 * Every client route the platform links to from a notification or an e-mail, as Angular path patterns
 * (`:name` segments). Built with `clientLink`; a client spec checks each against the route table.
 */
export const CLIENT_LINKS = {
  course: '/learning/courses/:courseId',
  certificate: '/verify/:code',
  liveSession: '/live/:sessionId',
  invitation: '/invitation/:token',
  passwordReset: '/reset-password/:token',
  emailPreferences: '/profile',
  unsubscribe: '/unsubscribe',
} as const;
export type ClientLinkName = keyof typeof CLIENT_LINKS;

/** The path of a client link with its `:name` segments filled in (URI-encoded). */
export function clientLink(name: ClientLinkName, params: Record<string, string> = {}): string {
  return CLIENT_LINKS[name].replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`client link ${name} needs "${key}"`);
    return encodeURIComponent(value);
  });
}
