import { Module } from '@nestjs/common';

import { InvitationAcceptanceController } from './invitation-acceptance.controller';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationImportService } from './invitation-import.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  controllers: [InvitationAcceptanceController, InvitationsController],
  providers: [InvitationsService, InvitationImportService, InvitationAcceptanceService],
})
export class InvitationsModule {}
