import type { SiteInfo } from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

class SiteOrganisationDto {
  @ApiProperty({ example: 'Jyväskylän ammattikorkeakoulu JAMK ja Koulutuskuntayhtymä Gradia, Kotopaikka2-hanke' })
  name!: string;

  @ApiProperty({ example: 'Rajakatu 35, 40200 Jyväskylä' })
  address!: string;

  @ApiProperty({ example: 'info@kotopaikka.fi' })
  contactEmail!: string;
}

class SiteRetentionDto {
  @ApiProperty() sessionIdleMinutes!: number;
  @ApiProperty() sessionAbsoluteHours!: number;
  @ApiProperty() invitationLinkDays!: number;
  @ApiProperty() passwordResetLinkHours!: number;
  @ApiProperty() spentLinkDays!: number;
}

export class SiteInfoDto implements SiteInfo {
  @ApiProperty({ type: SiteOrganisationDto })
  organisation!: SiteOrganisationDto;

  @ApiProperty({ example: 'tietosuoja@kotopaikka.fi' })
  dataProtectionOfficerEmail!: string;

  @ApiProperty({ example: 'saavutettavuus@kotopaikka.fi' })
  accessibilityFeedbackEmail!: string;

  @ApiProperty({ type: SiteRetentionDto })
  retention!: SiteRetentionDto;
}
