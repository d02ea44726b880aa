import type { Invitation, InvitationImportResult, Page } from '@kotopaikka/contracts';

import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { CsvUploadInterceptor, type UploadedCsv } from './csv-upload.interceptor';
import {
  ImportInvitationsDto,
  ImportInvitationsUploadDto,
  InvitationDto,
  InvitationImportResultDto,
  InvitationListQueryDto,
  InvitationPageDto,
  InviteUserDto,
} from './dto/invitation.dto';
import { InvitationImportService } from './invitation-import.service';
import { InvitationsService } from './invitations.service';

/** Inviting people: admins anywhere and any role; coordinators members and mentors of their municipalities. */
@ApiTags('invitations')
@Controller('invitations')
@Roles('admin', 'coordinator')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly importer: InvitationImportService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Invite one person: creates their account (invited) and e-mails a link valid 7 days' })
  @ApiCreatedResponse({ type: InvitationDto })
  invite(@CurrentUser() actor: Principal, @Body() body: InviteUserDto): Promise<Invitation> {
    return this.invitations.invite(actor, body);
  }

  @Post('import')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(CsvUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportInvitationsUploadDto })
  @ApiOperation({ summary: 'Invite the people of a CSV file as members of a municipality; reports each rejected line' })
  @ApiOkResponse({ type: InvitationImportResultDto })
  import(
    @CurrentUser() actor: Principal,
    @Body() body: ImportInvitationsDto,
    @UploadedFile() file: UploadedCsv | undefined,
  ): Promise<InvitationImportResult> {
    return this.importer.import(actor, body.municipalityId, file);
  }

  @Get()
  @ApiOperation({ summary: 'Invitations in the caller’s municipalities, newest first' })
  @ApiOkResponse({ type: InvitationPageDto })
  list(@CurrentUser() actor: Principal, @Query() query: InvitationListQueryDto): Promise<Page<Invitation>> {
    return this.invitations.list(actor, query);
  }

  @Post(':id/resend')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Send a new link (the old one stops working), also for an expired or revoked invitation' })
  @ApiOkResponse({ type: InvitationDto, description: 'The new invitation' })
  resend(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<Invitation> {
    return this.invitations.resend(actor, id);
  }

  @Post(':id/revoke')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Revoke an invitation so its link no longer works' })
  @ApiOkResponse({ type: InvitationDto })
  revoke(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<Invitation> {
    return this.invitations.revoke(actor, id);
  }
}
