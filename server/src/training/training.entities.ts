import { CertificateEntity } from './certificates/certificate.entity';
import { CourseEntity, CourseModuleEntity } from './courses/course.entity';
import { LessonBlockEntity, LessonEntity } from './courses/lesson.entity';
import { QuizEntity } from './courses/quiz.entity';
import { StoredFileEntity } from './files/stored-file.entity';
import { EnrollmentEntity } from './learning/enrollment.entity';
import { LessonProgressEntity } from './learning/lesson-progress.entity';
import { QuizAttemptEntity } from './learning/quiz-attempt.entity';
import { ReflectionAnswerEntity } from './learning/reflection-answer.entity';

/** The training capability's tables, for the data source that app.entities.ts composes. */
export const trainingEntities = [
  StoredFileEntity,
  CourseEntity,
  CourseModuleEntity,
  LessonEntity,
  QuizEntity,
  LessonBlockEntity,
  EnrollmentEntity,
  LessonProgressEntity,
  ReflectionAnswerEntity,
  QuizAttemptEntity,
  CertificateEntity,
];
