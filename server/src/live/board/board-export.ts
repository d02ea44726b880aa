import type { LiveBoard, LiveBoardCard } from '@kotopaikka/contracts';

import { CSV_BOM, csvRow } from '../../platform/csv/csv-writer';

export type ExportLocale = 'fi' | 'en';

const WORDS = {
  fi: {
    breakout: 'Pienryhmä',
    prompt: 'Kysymys',
    rank: 'Sija',
    card: 'Idea',
    votes: 'Äänet',
    group: 'Ryhmä',
    none: 'Ei ideoita.',
  },
  en: {
    breakout: 'Breakout group',
    prompt: 'Prompt',
    rank: 'Rank',
    card: 'Idea',
    votes: 'Votes',
    group: 'Group',
    none: 'No ideas.',
  },
} as const;

/** The live (not merged) cards of each prompt, ranked: what a kept result is. */
function ranked(board: LiveBoard): { prompt: string; cards: LiveBoardCard[] }[] {
  return board.prompts.map((p) => ({
    prompt: p.text,
    cards: board.cards.filter((c) => c.promptId === p.id && c.mergedInto === null),
  }));
}

/**
 * The ranked result for Finnish Excel (BOM, `;`, formula starts neutralised by the shared writer). A breakout
 * group's board has the group's name in a first column, so files of several groups can be pasted into one sheet.
 */
export function boardCsv(board: LiveBoard, locale: ExportLocale): string {
  const w = WORDS[locale];
  const grouped = board.groupId !== null;
  const header = [...(grouped ? [w.breakout] : []), w.prompt, w.rank, w.card, w.votes, w.group];
  const lines = ranked(board).flatMap(({ prompt, cards }) =>
    cards.map((c) => csvRow([...(grouped ? [board.groupName] : []), prompt, c.rank, c.text, c.votes, c.groupLabel])),
  );
  return CSV_BOM + csvRow(header) + lines.join('');
}

// Characters that would make a person's text into Markdown structure (a heading, a link, emphasis, a table).
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~]/g;
const escapeMarkdown = (text: string): string => text.replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);

/** The ranked result as Markdown: the board's title, each prompt a heading, its cards a ranked list with votes. */
export function boardMarkdown(board: LiveBoard, locale: ExportLocale): string {
  const w = WORDS[locale];
  const out = [`# ${escapeMarkdown(board.title)}`, ''];
  if (board.groupId !== null) out.push(`${w.breakout}: ${escapeMarkdown(board.groupName ?? '')}`, '');
  for (const { prompt, cards } of ranked(board)) {
    out.push(`## ${escapeMarkdown(prompt)}`, '');
    if (cards.length === 0) out.push(w.none, '');
    for (const c of cards) {
      // A merged card's texts are lines of one card: one list item, the lines joined.
      const text = c.text.split(/\r?\n/).map(escapeMarkdown).join(' / ');
      const votes = c.votes === null ? '' : ` — ${w.votes.toLowerCase()}: ${c.votes}`;
      const group = c.groupLabel ? ` (${w.group.toLowerCase()}: ${escapeMarkdown(c.groupLabel)})` : '';
      out.push(`- **${c.rank ?? '–'}.** ${text}${votes}${group}`);
    }
    if (cards.length > 0) out.push('');
  }
  return out.join('\n');
}
