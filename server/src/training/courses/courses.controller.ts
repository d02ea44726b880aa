import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { CoursesService } from './courses.service';
import { CourseAuthoringDto, CreateCourseDto, UpdateCourseDto } from './dto/course.dto';
import { CourseOrderDto } from './dto/structure.dto';

/** Course authoring: admins, and coordinators for courses offered everywhere or only in municipalities they manage. */
@ApiTags('course authoring')
@Roles('admin', 'coordinator')
@Controller('courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Post()
  @ApiOperation({
    summary: 'Create a draft course (coordinators: offered everywhere or in municipalities they manage)',
  })
  @ApiCreatedResponse({ type: CourseAuthoringDto })
  create(@CurrentUser() actor: Principal, @Body() body: CreateCourseDto): Promise<CourseAuthoringDto> {
    return this.courses.create(actor, body);
  }

  @Get(':id/authoring')
  @ApiOperation({ summary: 'The whole course for its authors: every language, with the quiz answer keys' })
  @ApiOkResponse({ type: CourseAuthoringDto })
  authoring(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<CourseAuthoringDto> {
    return this.courses.authoring(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a course in place, also when published' })
  @ApiOkResponse({ type: CourseAuthoringDto })
  update(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateCourseDto,
  ): Promise<CourseAuthoringDto> {
    return this.courses.update(actor, id, body);
  }

  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish a course (needs a Finnish title and at least one lesson)' })
  @ApiOkResponse({ type: CourseAuthoringDto })
  publish(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<CourseAuthoringDto> {
    return this.courses.publish(actor, id);
  }

  @Post(':id/archive')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Archive a course: out of the catalog; enrollments and certificates stay' })
  @ApiOkResponse({ type: CourseAuthoringDto })
  archive(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<CourseAuthoringDto> {
    return this.courses.archive(actor, id);
  }

  @Put(':id/order')
  @ApiOperation({ summary: 'Set the whole order of modules, lessons and blocks (every id exactly once)' })
  @ApiOkResponse({ type: CourseAuthoringDto })
  reorder(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: CourseOrderDto,
  ): Promise<CourseAuthoringDto> {
    return this.courses.reorder(actor, id, body);
  }
}
