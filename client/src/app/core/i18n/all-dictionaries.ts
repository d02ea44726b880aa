import { adminI18n } from '../../admin/admin.i18n';
import { authI18n } from '../../auth/auth.i18n';
import { authoringI18n } from '../../authoring/authoring.i18n';
import { homeI18n } from '../../home/home.i18n';
import { legalI18n } from '../../legal/legal.i18n';
import { guestI18n } from '../../live/guest/guest.i18n';
import { liveI18n } from '../../live/live.i18n';
import { mentoringI18n } from '../../mentoring/mentoring.i18n';
import { profileI18n } from '../../profile/profile.i18n';
import { reportsI18n } from '../../reports/reports.i18n';
import { notificationsI18n } from '../../shell/notifications/notifications.i18n';
import { shellI18n } from '../../shell/shell.i18n';
import { trainingI18n } from '../../training/training.i18n';
import { verifyI18n } from '../../verify/verify.i18n';
import { coreI18n } from '../core.i18n';
import type { FeatureDictionary } from './dictionary';

/**
 * Every feature's dictionary, for the specs and the key check only: the app itself loads them with their routes
 * (`textsOf` in dictionaries.ts). A new feature adds one line here and one there.
 */
export const ALL_DICTIONARIES: readonly FeatureDictionary[] = [
  coreI18n,
  shellI18n,
  notificationsI18n,
  homeI18n,
  authI18n,
  profileI18n,
  legalI18n,
  adminI18n,
  authoringI18n,
  reportsI18n,
  trainingI18n,
  verifyI18n,
  guestI18n,
  liveI18n,
  mentoringI18n,
];
