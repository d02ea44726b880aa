import type { IdName, Locale } from './common';

export const ROLES = ['admin', 'coordinator', 'mentor', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const AUDIENCES = [
  'decision_maker',
  'employer',
  'onboarding_staff',
  'guidance_professional',
  'immigrant_participant',
  'other',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const ORGANISATION_KINDS = ['employer', 'municipal_unit'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export interface Municipality {
  id: string;
  code: string;
  name: string;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipality: IdName;
}

export interface CreateOrganisationRequest {
  name: string;
  kind: OrganisationKind;
  municipalityId: string;
}

export interface UpdateOrganisationRequest {
  name?: string;
  kind?: OrganisationKind;
}

export interface OrganisationListQuery {
  municipalityId?: string;
  kind?: OrganisationKind;
  q?: string;
  cursor?: string;
  limit?: number;
}

/** `GET /api/auth/me` */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  audience: Audience;
  locale: Locale;
  municipality: IdName | null;
  organisation: IdName | null;
  /** Municipalities a coordinator manages (empty for others; admins manage all). */
  managedMunicipalities: IdName[];
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface CsrfResponse {
  token: string;
}

export interface UpdateProfileRequest {
  displayName?: string;
  locale?: Locale;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export const EMAIL_CATEGORIES = ['account', 'reminders', 'notifications'] as const;
export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];
/** `account` mail (invitations, password resets) cannot be switched off. */
export type EmailPreferences = Record<Exclude<EmailCategory, 'account'>, boolean>;

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  audience: Audience;
  status: UserStatus;
  locale: Locale;
  municipality: IdName | null;
  organisation: IdName | null;
  managedMunicipalities: IdName[];
  createdAt: string;
  lastLoginAt: string | null;
}

export interface UserListQuery {
  q?: string;
  municipalityId?: string;
  role?: Role;
  status?: UserStatus;
  cursor?: string;
  limit?: number;
}

export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  audience?: Audience;
  municipalityId?: string | null;
  organisationId?: string | null;
  managedMunicipalityIds?: string[];
}

export interface InviteUserRequest {
  email: string;
  displayName: string;
  audience: Audience;
  role?: Role;
  municipalityId: string;
  organisationId?: string | null;
  locale?: Locale;
}

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface Invitation {
  id: string;
  /** The invited person's account (status `invited` until they accept). */
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  audience: Audience;
  municipality: IdName | null;
  status: InvitationStatus;
  expiresAt: string;
  invitedBy: IdName | null;
  createdAt: string;
}

export interface InvitationListQuery {
  status?: InvitationStatus;
  municipalityId?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

/** Columns of an invitation CSV (header row required; `organisation` optional, by name in the target municipality). */
export const INVITATION_CSV_COLUMNS = ['email', 'displayName', 'audience', 'organisation'] as const;
export const INVITATION_CSV_MAX_BYTES = 200 * 1024;
/** Rows after the header; a longer list is split into several files. */
export const INVITATION_CSV_MAX_ROWS = 1000;

/** Why a CSV row was not invited; codes, so the client words them in the reader's language. */
export const INVITATION_IMPORT_PROBLEMS = [
  'email_invalid',
  'email_taken',
  'email_duplicate_in_file',
  'display_name_missing',
  'display_name_too_long',
  'audience_invalid',
  'organisation_unknown',
] as const;
export type InvitationImportProblem = (typeof INVITATION_IMPORT_PROBLEMS)[number];

/**
 * Result of a CSV import: valid rows are invited one by one (each in its own transaction),
 * the others are listed with their 1-based line number in the file and every problem found.
 */
export interface InvitationImportResult {
  invited: number;
  rejected: { line: number; email: string | null; problems: InvitationImportProblem[] }[];
}

export interface InvitationPreview {
  email: string;
  displayName: string;
  locale: Locale;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  token: string;
  password: string;
  displayName?: string;
}

/** Accepting does not sign in: the client signs in with the e-mail and the new password. */
export interface AcceptInvitationResult {
  email: string;
}

export interface ForgotPasswordRequest {
  email: string;
}

/** The same answer whether or not the address has an account, so the form reveals nothing. */
export interface ForgotPasswordResult {
  accepted: true;
}

export interface PasswordResetPreview {
  email: string;
  expiresAt: string;
}

export interface ResetPasswordResult {
  email: string;
}

export interface ResetPasswordRequest {
  token: string;
  password: string;
}

export interface AuditEntry {
  id: string;
  actor: IdName | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The target by name (a person, organisation, course…) where it still exists; null otherwise. */
  entityName: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface AuditListQuery {
  action?: string;
  entityType?: string;
  actorId?: string;
  cursor?: string;
  limit?: number;
}

export interface MailLogEntry {
  id: string;
  to: string;
  subject: string;
  category: EmailCategory;
  textBody: string;
  transport: 'smtp' | 'log';
  createdAt: string;
}

export interface MailLogDetail extends MailLogEntry {
  userId: string | null;
  htmlBody: string;
}

export interface MailLogQuery {
  /** Part of the recipient address. */
  to?: string;
  category?: EmailCategory;
  userId?: string;
  cursor?: string;
  limit?: number;
}
