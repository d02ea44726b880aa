import { type EmailPreferences, ErrorCode, type UnsubscribeStatus } from '@kotopaikka/contracts';

import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { CurrentUser, Public, SkipCsrf } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiException } from '../errors/api.exception';
import {
  EmailPreferencesDto,
  UnsubscribeBodyDto,
  UnsubscribeQueryDto,
  UnsubscribeStatusDto,
} from './dto/email-preferences.dto';
import { verifyUnsubscribeToken } from './unsubscribe-token';

const DEFAULTS: EmailPreferences = { reminders: true, notifications: true };

@ApiTags('e-mail')
@Controller()
export class EmailPreferencesController {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('me/email-preferences')
  @ApiOperation({ summary: 'My e-mail preferences (account mail always goes out)' })
  @ApiOkResponse({ type: EmailPreferencesDto })
  async get(@CurrentUser() me: Principal): Promise<EmailPreferences> {
    const [row]: { email_preferences: Partial<EmailPreferences> }[] = await this.db.query(
      `SELECT email_preferences FROM app_user WHERE id = $1`,
      [me.id],
    );
    return { ...DEFAULTS, ...(row?.email_preferences ?? {}) };
  }

  @Put('me/email-preferences')
  @ApiOperation({ summary: 'Replace my e-mail preferences' })
  @ApiOkResponse({ type: EmailPreferencesDto })
  async put(@CurrentUser() me: Principal, @Body() body: EmailPreferencesDto): Promise<EmailPreferences> {
    const prefs: EmailPreferences = { reminders: body.reminders, notifications: body.notifications };
    await this.db.query(`UPDATE app_user SET email_preferences = $2::jsonb, updated_at = now() WHERE id = $1`, [
      me.id,
      JSON.stringify(prefs),
    ]);
    return prefs;
  }

  @Public()
  @Get('email/unsubscribe')
  @ApiOperation({ summary: 'What a signed unsubscribe link is about (changes nothing, safe for link previews)' })
  @ApiOkResponse({ type: UnsubscribeStatusDto })
  @ApiBadRequestResponse({ description: 'token_invalid' })
  async status(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribeStatus> {
    const { userId, category } = this.verify(query.token);
    const [row]: { email_preferences: Partial<EmailPreferences> }[] = await this.db.query(
      `SELECT email_preferences FROM app_user WHERE id = $1`,
      [userId],
    );
    if (!row) throw this.invalid();
    return { category, subscribed: row.email_preferences?.[category] !== false };
  }

  @Public()
  @SkipCsrf()
  @Post('email/unsubscribe')
  @HttpCode(HttpStatus.OK)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({
    summary: 'One-click unsubscribe from one category of mail (RFC 8058; the signed token authenticates)',
  })
  @ApiOkResponse({ type: UnsubscribeStatusDto })
  @ApiBadRequestResponse({ description: 'token_invalid' })
  // The body is only validated (a mail client's `List-Unsubscribe=One-Click`); the token in the URL decides.
  async unsubscribe(
    @Query() query: UnsubscribeQueryDto,
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- validated only, see above
    @Body() _body: UnsubscribeBodyDto,
  ): Promise<UnsubscribeStatus> {
    const { userId, category } = this.verify(query.token);
    const [, updated]: [unknown, number] = await this.db.query(
      `UPDATE app_user SET email_preferences = email_preferences || jsonb_build_object($2::text, false), updated_at = now() WHERE id = $1`,
      [userId, category],
    );
    if (updated === 0) throw this.invalid();
    return { category, subscribed: false };
  }

  private verify(token: string): NonNullable<ReturnType<typeof verifyUnsubscribeToken>> {
    const verified = verifyUnsubscribeToken(this.config.sessionSecret, token);
    if (!verified) throw this.invalid();
    return verified;
  }

  private invalid(): ApiException {
    return new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.TokenInvalid, 'This unsubscribe link is not valid', [
      { field: 'token', problems: ['invalid'] },
    ]);
  }
}
