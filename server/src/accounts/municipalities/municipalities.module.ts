import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MunicipalitiesController } from './municipalities.controller';
import { MunicipalityEntity } from './municipality.entity';

@Module({
  imports: [TypeOrmModule.forFeature([MunicipalityEntity])],
  controllers: [MunicipalitiesController],
})
export class MunicipalitiesModule {}
