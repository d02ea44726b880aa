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

export interface Invitation {
  id: string;
  email: string;
  displayName: string;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  expiresAt: string;
  invitedBy: IdName | null;
  createdAt: string;
}

/** Result of a CSV import: each row either invited or rejected with the reason. */
export interface InvitationImportResult {
  invited: number;
  rejected: { line: number; email: string | null; problems: string[] }[];
}

export interface InvitationPreview {
  email: string;
  displayName: string;
}

export interface AcceptInvitationRequest {
  token: string;
  password: string;
  displayName?: string;
}

export interface ForgotPasswordRequest {
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
  details: Record<string, unknown>;
  createdAt: string;
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
