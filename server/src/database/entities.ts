import { AuditEntryEntity } from '../platform/audit/audit-entry.entity';
import { AuthTokenEntity } from '../platform/auth/auth-token.entity';
import { UserSessionEntity } from '../platform/auth/user-session.entity';
import { MailMessageEntity } from '../platform/mail/mail-message.entity';
import { MunicipalityEntity } from '../accounts/municipalities/municipality.entity';
import { NotificationEntity } from '../platform/notifications/notification.entity';
import { OrganisationEntity } from '../accounts/organisations/organisation.entity';
import { OutboxMessageEntity } from '../platform/outbox/outbox-message.entity';
import { UserEntity } from '../accounts/users/user.entity';
import { CourseEntity, CourseModuleEntity } from '../training/courses/course.entity';
import { LessonBlockEntity, LessonEntity } from '../training/courses/lesson.entity';
import { QuizEntity } from '../training/courses/quiz.entity';
import { CertificateEntity } from '../training/certificates/certificate.entity';
import { StoredFileEntity } from '../training/files/stored-file.entity';
import { EnrollmentEntity } from '../training/learning/enrollment.entity';
import { LessonProgressEntity } from '../training/learning/lesson-progress.entity';
import { QuizAttemptEntity } from '../training/learning/quiz-attempt.entity';
import { ReflectionAnswerEntity } from '../training/learning/reflection-answer.entity';

/** Every entity. Capabilities add theirs here. */
export const entities = [
  MunicipalityEntity,
  OrganisationEntity,
  UserEntity,
  UserSessionEntity,
  AuthTokenEntity,
  OutboxMessageEntity,
  MailMessageEntity,
  NotificationEntity,
  AuditEntryEntity,
  StoredFileEntity, CourseEntity, CourseModuleEntity, LessonEntity, QuizEntity, LessonBlockEntity,
  EnrollmentEntity,
  LessonProgressEntity,
  ReflectionAnswerEntity,
  QuizAttemptEntity,
  CertificateEntity,
];
