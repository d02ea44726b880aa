import { Module } from '@nestjs/common';

import { CertificatesController } from './certificates.controller';
import { CertificatesProcessor } from './certificates.processor';
import { CertificatesService } from './certificates.service';

@Module({
  controllers: [CertificatesController],
  providers: [CertificatesService, CertificatesProcessor],
  exports: [CertificatesService],
})
export class CertificatesModule {}
