import type { LiveBoard, LiveBoardList } from '@kotopaikka/contracts';

import { Body, Controller, Get, Header, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentUser } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { uuidParam } from '../../platform/http/uuid-param';
import { BoardDto, BoardInputDto, BoardListDto } from './board.dto';
import { BoardService } from './board.service';
import { BoardAccess, readable, unreadable } from './board-access';
import { boardCsv, boardMarkdown, type ExportLocale } from './board-export';

const exportLocale = (me: Principal): ExportLocale => (me.locale === 'en' ? 'en' : 'fi');

// No @Roles: who may read a board depends on the session (hosts, its coordinators, admins, its participants).
@ApiTags('live sessions')
@Controller('live-sessions')
export class SessionBoardsController {
  constructor(
    private readonly access: BoardAccess,
    private readonly boards: BoardService,
  ) {}

  @Get(':id/boards')
  @ApiOperation({
    summary:
      "A session's idea boards, its breakout groups' too, with their ranked cards (participants: their room's and " +
      "groups' boards whose votes are out)",
  })
  @ApiOkResponse({ type: BoardListDto })
  @ApiForbiddenResponse({ description: 'Neither a host nor a participant of the session' })
  @ApiNotFoundResponse({ description: 'No such session in sight' })
  async list(@CurrentUser() me: Principal, @Param('id', uuidParam()) id: string): Promise<LiveBoardList> {
    const reader = await this.access.reader(me, { sessionId: id });
    const boards = await this.boards.views({ sessionId: id }, reader);
    return { items: boards.filter((b) => readable(reader, b)), nextCursor: null };
  }

  @Post(':id/boards')
  @ApiOperation({
    summary: 'Create an idea board in a session or one group of its running breakout (its hosts, coordinators, admins)',
  })
  @ApiCreatedResponse({ type: BoardDto })
  @ApiForbiddenResponse({ description: 'Not a host of the session' })
  @ApiNotFoundResponse({ description: 'No such session in sight' })
  @ApiConflictResponse({ description: 'The session has ended or was cancelled' })
  async create(
    @CurrentUser() me: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: BoardInputDto,
  ): Promise<LiveBoard> {
    await this.access.creator(me, id);
    return this.boards.create(id, body, me.id);
  }
}

@ApiTags('live sessions')
@Controller('live-boards')
export class BoardsController {
  constructor(
    private readonly access: BoardAccess,
    private readonly boards: BoardService,
  ) {}

  @Get(':id/export.csv')
  @ApiOperation({ summary: "An idea board's ranked result as CSV for Finnish Excel (BOM, semicolons)" })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiForbiddenResponse({ description: 'Not a host, or a participant before the votes are revealed' })
  @ApiNotFoundResponse({ description: 'No such board in sight' })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="idea-board.csv"')
  @Header('Cache-Control', 'no-store')
  async csv(@CurrentUser() me: Principal, @Param('id', uuidParam()) id: string): Promise<string> {
    return boardCsv(await this.readable(me, id), exportLocale(me));
  }

  @Get(':id/export.md')
  @ApiOperation({ summary: "An idea board's ranked result as Markdown: prompts as headings, cards with votes" })
  @ApiProduces('text/markdown')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiForbiddenResponse({ description: 'Not a host, or a participant before the votes are revealed' })
  @ApiNotFoundResponse({ description: 'No such board in sight' })
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="idea-board.md"')
  @Header('Cache-Control', 'no-store')
  async markdown(@CurrentUser() me: Principal, @Param('id', uuidParam()) id: string): Promise<string> {
    return boardMarkdown(await this.readable(me, id), exportLocale(me));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One idea board with its ranked cards: the kept result of a workshop' })
  @ApiOkResponse({ type: BoardDto })
  @ApiForbiddenResponse({ description: 'Not a host, or a participant before the votes are revealed' })
  @ApiNotFoundResponse({ description: 'No such board in sight' })
  board(@CurrentUser() me: Principal, @Param('id', uuidParam()) id: string): Promise<LiveBoard> {
    return this.readable(me, id);
  }

  private async readable(me: Principal, boardId: string): Promise<LiveBoard> {
    const reader = await this.access.reader(me, { boardId });
    const [board] = await this.boards.views({ boardId }, reader);
    if (!board) throw ApiException.notFound('Idea board');
    const refused = unreadable(reader, board);
    if (refused === 'other-group') throw ApiException.forbidden('This idea board is for another breakout group');
    if (refused) throw ApiException.forbidden('The votes of this board are not revealed yet');
    return board;
  }
}
