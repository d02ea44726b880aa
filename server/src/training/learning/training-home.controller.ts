import type { TrainingHome } from '@kotopaikka/contracts';

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { TrainingHomeDto, TrainingHomeQueryDto } from './dto/training-home.dto';
import { TrainingHomeService } from './training-home.service';

// Any signed-in person: the service answers each their own part (the glance only to readers of reports).
@ApiTags('learning')
@Controller('training')
export class TrainingHomeController {
  constructor(private readonly home: TrainingHomeService) {}

  @Get('home')
  @ApiOperation({
    summary:
      "Training's home panel: the course to continue, due dates, and for readers of reports their municipalities' completions this quarter",
  })
  @ApiOkResponse({ type: TrainingHomeDto })
  get(@CurrentUser() p: Principal, @Query() query: TrainingHomeQueryDto): Promise<TrainingHome> {
    return this.home.home(p, query.locale);
  }
}
