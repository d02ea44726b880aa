import { Module } from '@nestjs/common';

import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** AuditService, MailService and PasswordService come from their global modules. */
@Module({
  controllers: [UsersController],
  providers: [UsersService],
})
export class UsersModule {}
