import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import {
  MentoringGoalDto,
  MentoringMeetingDto,
  MentoringTaskDto,
  PairingDetailDto,
  PairNoteDto,
} from './dto/pairing-detail.dto';
import {
  AgreementConfirmDto,
  EndPairingDto,
  FitCheckDto,
  LogMentoringMeetingDto,
  MentoringAgreementInputDto,
  MentoringFeedbackInputDto,
  MentoringGoalInputDto,
  MentoringGoalUpdateDto,
  MentoringTaskInputDto,
  MentoringTaskUpdateDto,
  PairNoteInputDto,
  ScheduleMentoringMeetingDto,
} from './dto/pairing-input.dto';
import { PairingLifecycleService } from './pairing-lifecycle.service';
import { PairingMeetingsService } from './pairing-meetings.service';
import { PairingPlanService } from './pairing-plan.service';

/**
 * What a pair does once a pairing exists. Its two people write; those who oversee the program (its coordinators,
 * admins) read status, agreement, goals, meetings and ratings, and may complete or end it. Anyone else: 404.
 */
@ApiTags('mentoring')
@Controller('mentoring/pairings')
export class PairingsController {
  constructor(
    private readonly lifecycle: PairingLifecycleService,
    private readonly plan: PairingPlanService,
    private readonly meetings: PairingMeetingsService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'A pairing: the pair sees its notes and their own answers, overseers status and ratings' })
  @ApiOkResponse({ type: PairingDetailDto })
  detail(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<PairingDetailDto> {
    return this.lifecycle.detail(actor, id);
  }

  @Put(':id/agreement')
  @ApiOperation({ summary: 'Write the agreement: a new version, which both confirm again' })
  @ApiOkResponse({ type: PairingDetailDto })
  writeAgreement(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: MentoringAgreementInputDto,
  ): Promise<PairingDetailDto> {
    return this.plan.writeAgreement(actor, id, body);
  }

  @Post(':id/agreement/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm the agreement’s version one read (409 when it has changed)' })
  @ApiOkResponse({ type: PairingDetailDto })
  confirmAgreement(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: AgreementConfirmDto,
  ): Promise<PairingDetailDto> {
    return this.plan.confirmAgreement(actor, id, body.version);
  }

  @Put(':id/fit-check')
  @ApiOperation({ summary: 'One’s private fit answer after the first meeting' })
  @ApiOkResponse({ type: PairingDetailDto })
  fitCheck(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: FitCheckDto,
  ): Promise<PairingDetailDto> {
    return this.plan.answerFitCheck(actor, id, body.answer);
  }

  @Post(':id/goals')
  @ApiOperation({ summary: 'Add a goal' })
  @ApiCreatedResponse({ type: MentoringGoalDto })
  addGoal(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: MentoringGoalInputDto,
  ): Promise<MentoringGoalDto> {
    return this.plan.addGoal(actor, id, body);
  }

  @Patch(':id/goals/:goalId')
  @ApiOperation({ summary: 'Rename a goal or log its progress (0–100 with a comment)' })
  @ApiOkResponse({ type: MentoringGoalDto })
  updateGoal(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('goalId', uuidParam('goalId')) goalId: string,
    @Body() body: MentoringGoalUpdateDto,
  ): Promise<MentoringGoalDto> {
    return this.plan.updateGoal(actor, id, goalId, body);
  }

  @Delete(':id/goals/:goalId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a goal (its tasks stay, without a goal)' })
  @ApiNoContentResponse()
  deleteGoal(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('goalId', uuidParam('goalId')) goalId: string,
  ): Promise<void> {
    return this.plan.deleteGoal(actor, id, goalId);
  }

  @Post(':id/tasks')
  @ApiOperation({ summary: 'Add a task, with a due date and a goal of the pairing if wanted' })
  @ApiCreatedResponse({ type: MentoringTaskDto })
  addTask(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: MentoringTaskInputDto,
  ): Promise<MentoringTaskDto> {
    return this.plan.addTask(actor, id, body);
  }

  @Patch(':id/tasks/:taskId')
  @ApiOperation({ summary: 'Edit a task or mark it done' })
  @ApiOkResponse({ type: MentoringTaskDto })
  updateTask(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('taskId', uuidParam('taskId')) taskId: string,
    @Body() body: MentoringTaskUpdateDto,
  ): Promise<MentoringTaskDto> {
    return this.plan.updateTask(actor, id, taskId, body);
  }

  @Delete(':id/tasks/:taskId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a task' })
  @ApiNoContentResponse()
  deleteTask(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('taskId', uuidParam('taskId')) taskId: string,
  ): Promise<void> {
    return this.plan.deleteTask(actor, id, taskId);
  }

  @Post(':id/meetings/scheduled')
  @ApiOperation({ summary: 'Schedule a meeting as a live session hosted by the mentor, the mentee invited' })
  @ApiCreatedResponse({ type: MentoringMeetingDto })
  schedule(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ScheduleMentoringMeetingDto,
  ): Promise<MentoringMeetingDto> {
    return this.meetings.schedule(actor, id, body);
  }

  @Post(':id/meetings')
  @ApiOperation({ summary: 'Log a meeting held' })
  @ApiCreatedResponse({ type: MentoringMeetingDto })
  logMeeting(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: LogMentoringMeetingDto,
  ): Promise<MentoringMeetingDto> {
    return this.meetings.log(actor, id, body);
  }

  @Post(':id/notes')
  @ApiOperation({ summary: 'Write a note private to the pair' })
  @ApiCreatedResponse({ type: PairNoteDto })
  addNote(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: PairNoteInputDto,
  ): Promise<PairNoteDto> {
    return this.meetings.addNote(actor, id, body);
  }

  @Delete(':id/notes/:noteId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete one’s own note' })
  @ApiNoContentResponse()
  deleteNote(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Param('noteId', uuidParam('noteId')) noteId: string,
  ): Promise<void> {
    return this.meetings.deleteNote(actor, id, noteId);
  }

  @Post(':id/complete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Complete an active pairing (either person, or those who manage the program)' })
  @ApiOkResponse({ type: PairingDetailDto })
  complete(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<PairingDetailDto> {
    return this.lifecycle.complete(actor, id);
  }

  @Post(':id/end')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'End an active pairing early, with a reason' })
  @ApiOkResponse({ type: PairingDetailDto })
  end(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: EndPairingDto,
  ): Promise<PairingDetailDto> {
    return this.lifecycle.end(actor, id, body.reason);
  }

  @Put(':id/feedback')
  @ApiOperation({ summary: 'One’s closing feedback once the pairing has ended' })
  @ApiOkResponse({ type: PairingDetailDto })
  feedback(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: MentoringFeedbackInputDto,
  ): Promise<PairingDetailDto> {
    return this.lifecycle.giveFeedback(actor, id, body);
  }
}
