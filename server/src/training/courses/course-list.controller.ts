import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { CoursePageDto } from '../learning/dto/course.dto';
import { CourseListService } from './course-list.service';
import { AuthoringCourseListQueryDto } from './dto/course-list.dto';

/** The authoring list sits apart from `GET /courses`, which is the learners' catalog of published courses. */
@ApiTags('course authoring')
@Roles('admin', 'coordinator')
@Controller('authoring/courses')
export class CourseListController {
  constructor(private readonly courses: CourseListService) {}

  @Get()
  @ApiOperation({
    summary:
      'Courses the author may edit, in every status (coordinators: offered everywhere or only in municipalities they manage)',
  })
  @ApiOkResponse({ type: CoursePageDto })
  list(@CurrentUser() actor: Principal, @Query() query: AuthoringCourseListQueryDto): Promise<CoursePageDto> {
    return this.courses.list(actor, query);
  }
}
