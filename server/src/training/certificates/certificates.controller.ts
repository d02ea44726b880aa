import { type Certificate, type CertificateVerification, DEFAULT_LOCALE, type Page } from '@kotopaikka/contracts';

import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentUser, Public } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { CertificatesService } from './certificates.service';
import {
  CertificateCodeParamDto,
  CertificateListDto,
  CertificateVerificationDto,
  CertificateVerificationQueryDto,
} from './dto/certificate.dto';

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  // An unknown code is an answer, not an error: 200 with valid=false, which the /verify page shows as such.
  @Public()
  @Get('certificates/:code')
  @ApiOperation({ summary: 'Verify a certificate by its code (public; valid=false for an unknown code)' })
  @ApiOkResponse({ type: CertificateVerificationDto })
  verify(
    @Param() params: CertificateCodeParamDto,
    @Query() query: CertificateVerificationQueryDto,
  ): Promise<CertificateVerification> {
    return this.certificates.verify(params.code.toUpperCase(), query.locale ?? DEFAULT_LOCALE);
  }

  @Get('certificates/:code/pdf')
  @Header('Content-Type', 'application/pdf')
  @ApiOperation({
    summary: "Download a certificate PDF (the learner, admins, coordinators of the learner's municipality)",
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiForbiddenResponse({ description: 'Not the learner, an admin or a coordinator of their municipality' })
  @ApiNotFoundResponse({ description: 'No certificate with this code' })
  async pdf(@CurrentUser() me: Principal, @Param() params: CertificateCodeParamDto): Promise<StreamableFile> {
    const code = params.code.toUpperCase();
    const pdf = await this.certificates.pdf(code, me);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="kotopaikka-${code}.pdf"`,
      length: pdf.length,
    });
  }

  @Get('me/certificates')
  @ApiOperation({ summary: 'My certificates, newest completion first' })
  @ApiOkResponse({ type: CertificateListDto })
  mine(@CurrentUser() me: Principal): Promise<Page<Certificate>> {
    return this.certificates.mine(me);
  }
}
