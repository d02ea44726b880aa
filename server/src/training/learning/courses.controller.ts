import type {
  AssignCourseResult,
  CourseDetail,
  CourseReflection,
  CourseSummary,
  EnrollmentState,
  MyCourse,
  Page,
} from '@kotopaikka/contracts';

import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { PageQueryDto } from '../../platform/http/page-query.dto';
import { uuidParam } from '../../platform/http/uuid-param';
import { CatalogService } from './catalog.service';
import { CoursePageService } from './course-page.service';
import {
  CourseDetailDto,
  CourseListQueryDto,
  CourseLocaleQueryDto,
  CoursePageDto,
  EnrollmentStateDto,
  MyCoursePageDto,
  MyCoursesQueryDto,
} from './dto/course.dto';
import { AssignCourseDto, AssignCourseResultDto, CourseReflectionPageDto } from './dto/enrollment.dto';
import { EnrollmentService } from './enrollment.service';
import { ReflectionsService } from './reflections.service';

@ApiTags('learning')
@Controller()
export class CoursesController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly coursePage: CoursePageService,
    private readonly enrollments: EnrollmentService,
    private readonly reflections: ReflectionsService,
  ) {}

  @Get('courses')
  @ApiOperation({ summary: 'Catalog: published courses offered to the person, with their own enrollment state' })
  @ApiOkResponse({ type: CoursePageDto })
  list(@CurrentUser() p: Principal, @Query() query: CourseListQueryDto): Promise<Page<CourseSummary>> {
    return this.catalog.list(p, query);
  }

  @Get('me/courses')
  @ApiOperation({
    summary:
      "The person's own enrollments with progress and where to continue, unfinished first, then by latest activity",
  })
  @ApiOkResponse({ type: MyCoursePageDto })
  mine(@CurrentUser() p: Principal, @Query() query: MyCoursesQueryDto): Promise<Page<MyCourse>> {
    return this.catalog.myCourses(p, query);
  }

  @Get('courses/:id')
  @ApiOperation({ summary: "A course page in the person's language (drafts and archived courses: 404)" })
  @ApiOkResponse({ type: CourseDetailDto })
  detail(
    @CurrentUser() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: CourseLocaleQueryDto,
  ): Promise<CourseDetail> {
    return this.coursePage.detail(p, id, query.locale);
  }

  @Post('courses/:id/enroll')
  @ApiOperation({ summary: 'Enroll oneself; enrolling again answers the same enrollment' })
  @ApiCreatedResponse({ type: EnrollmentStateDto, description: 'Newly enrolled' })
  @ApiOkResponse({ type: EnrollmentStateDto, description: 'Enrolled already' })
  async enroll(
    @CurrentUser() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EnrollmentState> {
    const { created, state } = await this.enrollments.enroll(p, id);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return state;
  }

  @Post('courses/:id/assign')
  @HttpCode(HttpStatus.OK)
  @Roles('admin', 'coordinator')
  @ApiOperation({
    summary: 'Assign a course to an organisation, audience or municipality (coordinators: in their municipalities)',
  })
  @ApiOkResponse({ type: AssignCourseResultDto })
  assign(
    @CurrentUser() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: AssignCourseDto,
  ): Promise<AssignCourseResult> {
    return this.enrollments.assign(p, id, body);
  }

  @Get('courses/:id/reflections')
  @Roles('admin', 'coordinator')
  @ApiOperation({
    summary: "Learners' reflection answers in a course (coordinators: learners of their municipalities)",
  })
  @ApiOkResponse({ type: CourseReflectionPageDto })
  reflectionAnswers(
    @CurrentUser() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<CourseReflection>> {
    return this.reflections.list(p, id, query);
  }
}
