import type { Organisation, Page } from '@kotopaikka/contracts';

import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import {
  CreateOrganisationDto,
  OrganisationDto,
  OrganisationListQueryDto,
  OrganisationPageDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({ summary: 'Organisations by name, optionally of one municipality (any signed-in person)' })
  @ApiOkResponse({ type: OrganisationPageDto })
  list(@Query() query: OrganisationListQueryDto): Promise<Page<Organisation>> {
    return this.organisations.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One organisation' })
  @ApiOkResponse({ type: OrganisationDto })
  get(@Param('id', uuidParam()) id: string): Promise<Organisation> {
    return this.organisations.get(id);
  }

  @Post()
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Create an organisation (coordinators: in the municipalities they manage)' })
  @ApiCreatedResponse({ type: OrganisationDto })
  create(@CurrentUser() actor: Principal, @Body() body: CreateOrganisationDto): Promise<Organisation> {
    return this.organisations.create(actor, body);
  }

  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Rename an organisation or change its kind' })
  @ApiOkResponse({ type: OrganisationDto })
  update(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<Organisation> {
    return this.organisations.update(actor, id, body);
  }

  @Delete(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Delete an organisation; its people stay, without an organisation' })
  @ApiOkResponse({ type: OrganisationDto, description: 'The organisation as it was' })
  remove(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<Organisation> {
    return this.organisations.remove(actor, id);
  }
}
