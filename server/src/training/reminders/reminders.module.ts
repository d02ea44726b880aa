import { Module } from '@nestjs/common';

import { Clock } from './clock';
import { RemindersProcessor } from './reminders.processor';
import { RemindersService } from './reminders.service';

@Module({
  providers: [Clock, RemindersService, RemindersProcessor],
  exports: [Clock],
})
export class RemindersModule {}
