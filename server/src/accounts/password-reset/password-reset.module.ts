import { Module } from '@nestjs/common';

import { PasswordResetController } from './password-reset.controller';
import { PasswordResetProcessor } from './password-reset.processor';
import { PasswordResetService } from './password-reset.service';

@Module({
  controllers: [PasswordResetController],
  providers: [PasswordResetService, PasswordResetProcessor],
})
export class PasswordResetModule {}
