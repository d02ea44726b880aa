import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentUser } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { LiveNotesDto } from './notes.dto';
import { NotesService } from './notes.service';

// No @Roles: hosts and participants are members of any role; the service decides per session.
@ApiTags('live sessions')
@Controller('live-sessions')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  // Declared before `:id/notes` so the export is never taken for it.
  @Get(':id/notes.md')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: "A session's shared notes as a Markdown file (hosts, participants, its overseers)" })
  @ApiProduces('text/markdown')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiForbiddenResponse({ description: 'Invited, but neither a host nor a participant' })
  @ApiNotFoundResponse({ description: 'No such session in sight' })
  async markdown(@CurrentUser() me: Principal, @Param('id', uuidParam()) id: string): Promise<StreamableFile> {
    const file = Buffer.from(await this.notes.markdown(me, id), 'utf8');
    return new StreamableFile(file, {
      type: 'text/markdown; charset=utf-8',
      disposition: `attachment; filename="notes-${id}.md"`,
      length: file.length,
    });
  }

  @Get(':id/notes')
  @ApiOperation({ summary: "A session's shared notes as text (hosts, participants, its overseers)" })
  @ApiOkResponse({ type: LiveNotesDto })
  @ApiForbiddenResponse({ description: 'Invited, but neither a host nor a participant' })
  @ApiNotFoundResponse({ description: 'No such session in sight' })
  read(@CurrentUser() me: Principal, @Param('id', uuidParam()) id: string): Promise<LiveNotesDto> {
    return this.notes.read(me, id);
  }
}
