import type { Municipality } from '@kotopaikka/contracts';

import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import { MunicipalityDto } from './municipality.dto';
import { MunicipalityEntity } from './municipality.entity';

@ApiTags('municipalities')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(@InjectRepository(MunicipalityEntity) private readonly municipalities: Repository<MunicipalityEntity>) {}

  @Get()
  @ApiOperation({ summary: 'The municipalities the platform serves' })
  @ApiOkResponse({ type: MunicipalityDto, isArray: true })
  async list(): Promise<{ items: Municipality[]; nextCursor: null }> {
    const rows = await this.municipalities.find({ order: { name: 'ASC' } });
    return { items: rows.map(({ id, code, name }) => ({ id, code, name })), nextCursor: null };
  }
}
