import { Module } from '@nestjs/common';

import { FilesController } from '../files/files.controller';
import { FilesService } from '../files/files.service';
import { CourseListController } from './course-list.controller';
import { CourseListService } from './course-list.service';
import { CourseStructureController } from './course-structure.controller';
import { CourseStructureService } from './course-structure.service';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
import { QuizzesService } from './quizzes.service';

/** Course authoring and the uploads it uses. */
@Module({
  controllers: [CoursesController, CourseListController, CourseStructureController, FilesController],
  providers: [CoursesService, CourseListService, CourseStructureService, QuizzesService, FilesService],
})
export class CourseAuthoringModule {}
