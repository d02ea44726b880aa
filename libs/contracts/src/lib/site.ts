/**
 * `GET /api/site`: what the public legal pages say that depends on the deployment — who runs it, how to reach them,
 * and how long the platform keeps what (from its configuration, so the privacy notice stays true).
 */
export interface SiteInfo {
  organisation: { name: string; address: string; contactEmail: string };
  dataProtectionOfficerEmail: string;
  accessibilityFeedbackEmail: string;
  retention: {
    /** A session ends after this much inactivity, or `sessionAbsoluteHours` after login; ended ones are deleted hourly. */
    sessionIdleMinutes: number;
    sessionAbsoluteHours: number;
    invitationLinkDays: number;
    passwordResetLinkHours: number;
    /** Used, revoked or expired invitation and reset links are deleted this many days later. */
    spentLinkDays: number;
  };
}
