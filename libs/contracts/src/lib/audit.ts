/**
 * Every action the audit trail records; the server types its records with it, `GET /api/audit?action=` accepts
 * only these, and the client names each in every language (a spec checks it). A capability adds its own here.
 */
export const AUDIT_ACTIONS = [
  'user.invite',
  'user.update',
  'user.deactivate',
  'user.reactivate',
  'user.password_reset',
  'invitation.accept',
  'invitation.resend',
  'invitation.revoke',
  'invitation.import',
  'organisation.create',
  'organisation.update',
  'organisation.delete',
  'course.create',
  'course.update',
  'course.publish',
  'course.archive',
  'course.reorder',
  'course.assign',
  'module.create',
  'module.update',
  'module.delete',
  'lesson.create',
  'lesson.update',
  'lesson.delete',
  'block.create',
  'block.update',
  'block.delete',
  'quiz.update',
  'file.upload',
  'live_session.create',
  'live_session.update',
  'live_session.cancel',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
