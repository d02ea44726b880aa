import type { SiteInfo } from '@kotopaikka/contracts';

import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { INVITATION_TTL_MS, PASSWORD_RESET_TTL_MS } from '../../accounts/invitations/one-time-token';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Public } from '../auth/auth.decorators';
import { SPENT_TOKEN_RETENTION_DAYS } from '../maintenance/maintenance.processor';
import { SiteInfoDto } from './site.dto';

const HOUR_MS = 3600_000;

@ApiTags('platform')
@Controller('site')
export class SiteController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  @ApiOperation({
    summary:
      'The deployment’s provider, contacts and retention times, for the privacy notice and accessibility statement (public)',
  })
  @ApiOkResponse({ type: SiteInfoDto })
  site(): SiteInfo {
    const c = this.config;
    return {
      organisation: { name: c.organisationName, address: c.organisationAddress, contactEmail: c.contactEmail },
      dataProtectionOfficerEmail: c.dpoEmail,
      accessibilityFeedbackEmail: c.accessibilityFeedbackEmail,
      retention: {
        sessionIdleMinutes: c.sessionIdleMinutes,
        sessionAbsoluteHours: c.sessionAbsoluteHours,
        invitationLinkDays: INVITATION_TTL_MS / (24 * HOUR_MS),
        passwordResetLinkHours: PASSWORD_RESET_TTL_MS / HOUR_MS,
        spentLinkDays: SPENT_TOKEN_RETENTION_DAYS,
      },
    };
  }
}
