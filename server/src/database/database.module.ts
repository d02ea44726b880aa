import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';

import { dataSourceOptions } from './data-source';

@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string, entities: NonNullable<DataSourceOptions['entities']>): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl, entities), retryAttempts: 0 })],
    };
  }
}
