import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { CourseStructureService } from './course-structure.service';
import { AuthoringQuizDto, QuizInputDto } from './dto/quiz.dto';
import {
  AuthoringBlockDto,
  AuthoringLessonDto,
  AuthoringModuleDto,
  BlockInputDto,
  BlockUpdateDto,
  LessonInputDto,
  LessonUpdateDto,
  ModuleInputDto,
} from './dto/structure.dto';
import { QuizzesService } from './quizzes.service';

@ApiTags('course authoring')
@Roles('admin', 'coordinator')
@Controller()
export class CourseStructureController {
  constructor(
    private readonly structure: CourseStructureService,
    private readonly quizzes: QuizzesService,
  ) {}

  @Post('courses/:id/modules')
  @ApiOperation({ summary: 'Add a module at the end of a course' })
  @ApiCreatedResponse({ type: AuthoringModuleDto })
  createModule(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ModuleInputDto,
  ): Promise<AuthoringModuleDto> {
    return this.structure.createModule(actor, id, body);
  }

  @Patch('modules/:id')
  @ApiOperation({ summary: 'Rename a module' })
  @ApiOkResponse({ type: AuthoringModuleDto })
  updateModule(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ModuleInputDto,
  ): Promise<AuthoringModuleDto> {
    return this.structure.updateModule(actor, id, body);
  }

  @Delete('modules/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a module with its lessons, blocks and quizzes' })
  @ApiNoContentResponse()
  deleteModule(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.structure.deleteModule(actor, id);
  }

  @Post('modules/:id/lessons')
  @ApiOperation({ summary: 'Add a lesson at the end of a module' })
  @ApiCreatedResponse({ type: AuthoringLessonDto })
  createLesson(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: LessonInputDto,
  ): Promise<AuthoringLessonDto> {
    return this.structure.createLesson(actor, id, body);
  }

  @Patch('lessons/:id')
  @ApiOperation({ summary: 'Rename a lesson or make it optional or required' })
  @ApiOkResponse({ type: AuthoringLessonDto })
  updateLesson(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: LessonUpdateDto,
  ): Promise<AuthoringLessonDto> {
    return this.structure.updateLesson(actor, id, body);
  }

  @Delete('lessons/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a lesson with its blocks; it stops counting towards completion' })
  @ApiNoContentResponse()
  deleteLesson(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.structure.deleteLesson(actor, id);
  }

  @Post('lessons/:id/blocks')
  @ApiOperation({ summary: 'Add a block (text, video, file, reflection or quiz) at the end of a lesson' })
  @ApiCreatedResponse({ type: AuthoringBlockDto })
  createBlock(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: BlockInputDto,
  ): Promise<AuthoringBlockDto> {
    return this.structure.createBlock(actor, id, body);
  }

  @Patch('blocks/:id')
  @ApiOperation({ summary: 'Edit the content of a block (fields of its own kind; quizzes through PUT /quizzes/{id})' })
  @ApiOkResponse({ type: AuthoringBlockDto })
  updateBlock(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: BlockUpdateDto,
  ): Promise<AuthoringBlockDto> {
    return this.structure.updateBlock(actor, id, body);
  }

  @Delete('blocks/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a block (a quiz block takes its quiz with it)' })
  @ApiNoContentResponse()
  deleteBlock(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.structure.deleteBlock(actor, id);
  }

  @Put('quizzes/:id')
  @ApiOperation({ summary: 'Replace a quiz: settings and questions; send ids back to keep unchanged items' })
  @ApiOkResponse({ type: AuthoringQuizDto })
  replaceQuiz(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: QuizInputDto,
  ): Promise<AuthoringQuizDto> {
    return this.quizzes.replace(actor, id, body);
  }
}
