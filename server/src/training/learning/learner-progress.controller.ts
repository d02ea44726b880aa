import type { LessonProgress, PublicQuiz, QuizAttemptResult, ReflectionAnswer } from '@kotopaikka/contracts';

import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import {
  LessonProgressDto,
  LessonProgressResultDto,
  ReflectionAnswerDto,
  ReflectionAnswerResultDto,
} from './dto/enrollment.dto';
import { PublicQuizDto, QuizAttemptDto, QuizAttemptResultDto } from './dto/quiz.dto';
import { ProgressService } from './progress.service';
import { QuizService } from './quiz.service';

@ApiTags('learning')
@Controller()
export class LearnerProgressController {
  constructor(
    private readonly progress: ProgressService,
    private readonly quizzes: QuizService,
  ) {}

  @Post('lessons/:id/progress')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Record progress in a lesson (enrolled learners): done, or the block reached' })
  @ApiOkResponse({ type: LessonProgressResultDto })
  record(
    @CurrentUser() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: LessonProgressDto,
  ): Promise<LessonProgress> {
    return this.progress.record(p, id, body);
  }

  @Put('blocks/:id/reflection')
  @ApiOperation({ summary: "Save one's own answer to a reflection prompt" })
  @ApiOkResponse({ type: ReflectionAnswerResultDto })
  reflect(
    @CurrentUser() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReflectionAnswerDto,
  ): Promise<ReflectionAnswer> {
    return this.progress.reflect(p, id, body.answer);
  }

  @Get('quizzes/:id')
  @ApiOperation({
    summary: 'A quiz without its key, with attempts used and left; the key only after a pass or the last attempt',
  })
  @ApiOkResponse({ type: PublicQuizDto })
  quiz(@CurrentUser() p: Principal, @Param('id', uuidParam()) id: string): Promise<PublicQuiz> {
    return this.quizzes.get(p, id);
  }

  @Post('quizzes/:id/attempts')
  @ApiOperation({ summary: 'Submit an attempt: graded on the server, feedback of the chosen options' })
  @ApiCreatedResponse({ type: QuizAttemptResultDto })
  attempt(
    @CurrentUser() p: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: QuizAttemptDto,
  ): Promise<QuizAttemptResult> {
    return this.quizzes.attempt(p, id, body.answers);
  }
}
