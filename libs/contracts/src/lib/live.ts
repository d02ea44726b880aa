import type { Audience } from './accounts';
import type { IdName, Locale, PageQuery } from './common';
import type { LocalizedText } from './training';

/** What a live session is for; decides the room's defaults (a strategy workshop opens with an idea board). */
export const LIVE_SESSION_KINDS = [
  'training_webinar',
  'mentoring_meeting',
  'strategy_workshop',
  'info_session',
] as const;
export type LiveSessionKind = (typeof LIVE_SESSION_KINDS)[number];

/** scheduled → live → ended, or scheduled → cancelled. */
export const LIVE_SESSION_STATUSES = ['scheduled', 'live', 'ended', 'cancelled'] as const;
export type LiveSessionStatus = (typeof LIVE_SESSION_STATUSES)[number];

export const RSVP_ANSWERS = ['yes', 'no', 'maybe'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/** Where a yes landed: a seat, or the waitlist (capacity full); `null` before answering. */
export type RsvpState = 'going' | 'waitlisted' | 'declined' | 'maybe';

/** Who is invited: resolved whenever someone looks or joins, so people added later are invited too. */
export type LiveInvitee =
  | { kind: 'user'; userId: string }
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'audience'; audience: Audience };

/** An invitee as shown to the session's hosts, with the name of whom it names. */
export type LiveInviteeView = LiveInvitee & { name: string };

export interface LiveSessionInput {
  kind: LiveSessionKind;
  /** The Finnish title is required; English may be empty. */
  title: LocalizedText;
  /** Omitted: empty in both languages. */
  description?: LocalizedText;
  /** ISO 8601 instants with an offset or Z; stored in UTC, shown in Europe/Helsinki. At most 14 days long. */
  startsAt: string;
  endsAt: string;
  municipalityId: string;
  courseId?: string | null;
  /** One or more active people of the platform. */
  hostIds: string[];
  /** Omitted: nobody yet (hosts, admins and the municipality's coordinators still see it). */
  invitees?: LiveInvitee[];
  /** Seats for RSVP yes and registrations together; `null` or omitted is unlimited. */
  capacity?: number | null;
  /** https only. */
  videoUrl?: string | null;
  /** Minutes attended that count as completing the linked course; `null` when attendance does not count. */
  completionMinutes?: number | null;
  /** Info sessions only: open a public registration page at `/s/{slug}`. */
  publicRegistration?: boolean;
}

export type LiveSessionUpdate = Partial<LiveSessionInput>;

export interface LiveSessionSummary {
  id: string;
  kind: LiveSessionKind;
  title: LocalizedText;
  startsAt: string;
  endsAt: string;
  status: LiveSessionStatus;
  municipality: IdName;
  capacity: number | null;
  /** Seats taken: RSVP yes and registrations (not the waitlist). */
  seatsTaken: number;
  /** The viewer's own answer, if they are invited. */
  myRsvp: RsvpState | null;
  /** Whether the viewer hosts it. */
  hosting: boolean;
}

export interface LiveSessionDetail extends LiveSessionSummary {
  description: LocalizedText;
  course: IdName | null;
  hosts: IdName[];
  /** For hosts, coordinators and admins only; `null` for others. */
  invitees: LiveInviteeView[] | null;
  videoUrl: string | null;
  completionMinutes: number | null;
  /** The public registration page's slug, or `null` when registration is closed. */
  publicSlug: string | null;
  /** Position on the waitlist (1 = next), when the viewer waits. */
  waitlistPosition: number | null;
  /** Whether the viewer may open the room now (invited or hosting, and not cancelled or ended). */
  mayJoin: boolean;
  /** Whether the viewer may edit, start, end or cancel it. */
  mayManage: boolean;
  /** Increases on every change; the calendar's SEQUENCE. */
  sequence: number;
}

export interface RsvpRequest {
  answer: RsvpAnswer;
}

export interface RsvpResult {
  state: RsvpState;
  waitlistPosition: number | null;
}

export interface LiveSessionListQuery extends PageQuery {
  /**
   * ISO instants bounding the sessions' start (a calendar's week or month), at most 100 days apart. `from`
   * defaults to a day ago, `to` to 100 days after `from`.
   */
  from?: string;
  to?: string;
  municipalityId?: string;
  kind?: LiveSessionKind;
}

/** The personal calendar feed: a secret URL; regenerating it revokes the old one. */
export interface CalendarFeed {
  url: string;
}

/** The public registration page's view of an info session (no names of people, no e-mail). */
export interface PublicLiveSession {
  slug: string;
  title: LocalizedText;
  description: LocalizedText;
  startsAt: string;
  endsAt: string;
  municipalityName: string;
  state: 'open' | 'full' | 'over' | 'cancelled';
}

export interface RegistrationRequest {
  name: string;
  email: string;
  locale: Locale;
  consent: boolean;
  /** The honeypot: people leave it empty, simple bots fill it. */
  website?: string;
}

export interface RegistrationResult {
  /** `waitlisted` when the seats are taken. */
  state: 'registered' | 'waitlisted';
}

/** `POST /api/public/registrations/cancel`: the token of the cancel link in the registration e-mail. */
export interface CancelRegistrationRequest {
  token: string;
}

export interface CancelRegistrationResult {
  cancelled: true;
}

/** `POST /api/public/live-sessions/{slug}/registrations/resend`: mail the personal links again to this address. */
export interface ResendRegistrationRequest {
  email: string;
  /** The honeypot, as on the registration form. */
  website?: string;
}

/** The same answer whether or not the address is registered: the mail goes only to one that is. */
export interface ResendRegistrationResult {
  requested: true;
}

/**
 * What a personal join link is for, as the guest landing page shows it: `early` until 30 minutes before the
 * start, `open` until the session ends, `waitlisted` while the registrant waits for a seat.
 */
export const JOIN_LINK_STATES = ['early', 'open', 'over', 'cancelled', 'waitlisted', 'invalid'] as const;
export type JoinLinkState = (typeof JOIN_LINK_STATES)[number];

/** How long before the start a join link opens. */
export const JOIN_OPENS_BEFORE_MINUTES = 30;

/** `GET /api/public/join/{token}`: the session a join link is for; everything but `state` is null when `invalid`. */
export interface JoinLinkView {
  state: JoinLinkState;
  sessionId: string | null;
  title: LocalizedText | null;
  startsAt: string | null;
  endsAt: string | null;
  /** When the room opens to this link (30 minutes before the start). */
  opensAt: string | null;
  /** The name the registrant gave, as others in the room see it. */
  name: string | null;
}
