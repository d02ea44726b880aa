import { Module } from '@nestjs/common';

import { CatalogService } from './catalog.service';
import { CompletionService } from './completion.service';
import { CourseOutlines } from './course-outline';
import { CoursePageService } from './course-page.service';
import { CoursesController } from './courses.controller';
import { EnrollmentService } from './enrollment.service';
import { LearnerProgressController } from './learner-progress.controller';
import { ProgressService } from './progress.service';
import { QuizService } from './quiz.service';
import { ReflectionsService } from './reflections.service';
import { TrainingHomeController } from './training-home.controller';
import { TrainingHomeService } from './training-home.service';

/** The learner side of training: catalog, course page, enrollment, progress, reflections, quizzes, completion. */
@Module({
  controllers: [CoursesController, LearnerProgressController, TrainingHomeController],
  providers: [
    CatalogService,
    CourseOutlines,
    CoursePageService,
    EnrollmentService,
    ProgressService,
    QuizService,
    CompletionService,
    ReflectionsService,
    TrainingHomeService,
  ],
})
export class LearningModule {}
