import type { Page, UserSummary } from '@kotopaikka/contracts';

import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { UpdateUserDto, UserListQueryDto } from './dto/user-requests.dto';
import { UserPageDto, UserSummaryDto } from './dto/user-summary.dto';
import { UsersService } from './users.service';

/** People administration: admins everywhere, coordinators in the municipalities they manage. */
@ApiTags('users')
@Controller('users')
@Roles('admin', 'coordinator')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'People the caller administers, by name, with search and filters' })
  @ApiOkResponse({ type: UserPageDto })
  list(@CurrentUser() actor: Principal, @Query() query: UserListQueryDto): Promise<Page<UserSummary>> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One person (404 outside the caller’s municipalities)' })
  @ApiOkResponse({ type: UserSummaryDto })
  get(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<UserSummary> {
    return this.users.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a person’s name, role, audience, municipality, organisation or managed municipalities',
  })
  @ApiOkResponse({ type: UserSummaryDto })
  update(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserSummary> {
    return this.users.update(actor, id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Deactivate a person: ends their sessions and tells them by e-mail' })
  @ApiOkResponse({ type: UserSummaryDto })
  deactivate(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<UserSummary> {
    return this.users.deactivate(actor, id);
  }

  @Post(':id/reactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reactivate a deactivated person' })
  @ApiOkResponse({ type: UserSummaryDto })
  reactivate(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<UserSummary> {
    return this.users.reactivate(actor, id);
  }
}
