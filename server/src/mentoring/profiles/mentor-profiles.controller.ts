import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { MentorProfileDto, MentorProfileInputDto } from './dto/mentor-profile.dto';
import { MentorProfilesService } from './mentor-profiles.service';

/**
 * Mentor profiles: anyone who may see a recruiting program offers to mentor in it; those who manage the program
 * see every profile and approve or decline; the person withdraws their own.
 */
@ApiTags('mentoring')
@Controller('mentoring')
export class MentorProfilesController {
  constructor(private readonly profiles: MentorProfilesService) {}

  @Post('programs/:id/mentor-profile')
  @ApiOperation({ summary: 'Offer to mentor in a recruiting program (pending until a coordinator decides)' })
  @ApiCreatedResponse({ type: MentorProfileDto })
  optIn(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: MentorProfileInputDto,
  ): Promise<MentorProfileDto> {
    return this.profiles.optIn(actor, id, body);
  }

  @Get('programs/:id/mentor-profile')
  @ApiOperation({ summary: 'One’s own mentor profile in a program' })
  @ApiOkResponse({ type: MentorProfileDto })
  mine(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<MentorProfileDto> {
    return this.profiles.mine(actor, id);
  }

  @Get('programs/:id/mentor-profiles')
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Every mentor profile of a program (those who manage it)' })
  @ApiOkResponse({ type: MentorProfileDto, isArray: true })
  forProgram(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<MentorProfileDto[]> {
    return this.profiles.forProgram(actor, id);
  }

  @Post('mentor-profiles/:id/approve')
  @Roles('admin', 'coordinator')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Approve a pending mentor: a member becomes a mentor' })
  @ApiOkResponse({ type: MentorProfileDto })
  approve(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<MentorProfileDto> {
    return this.profiles.decide(actor, id, 'approved');
  }

  @Post('mentor-profiles/:id/decline')
  @Roles('admin', 'coordinator')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decline a pending mentor' })
  @ApiOkResponse({ type: MentorProfileDto })
  decline(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<MentorProfileDto> {
    return this.profiles.decide(actor, id, 'declined');
  }

  @Post('mentor-profiles/:id/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw one’s own offer; the mentor role goes with the last approved one' })
  @ApiOkResponse({ type: MentorProfileDto })
  withdraw(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<MentorProfileDto> {
    return this.profiles.withdraw(actor, id);
  }
}
