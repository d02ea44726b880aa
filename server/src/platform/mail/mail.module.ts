import { Global, Module } from '@nestjs/common';

import { EmailPreferencesController } from './email-preferences.controller';
import { MailProcessor } from './mail.processor';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';

@Global()
@Module({
  controllers: [EmailPreferencesController],
  providers: [MailService, MailTransport, MailProcessor],
  exports: [MailService],
})
export class MailModule {}
