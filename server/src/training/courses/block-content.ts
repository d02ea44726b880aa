import type { BlockKind, FieldProblem, LocalizedText } from '@kotopaikka/contracts';

import type { BlockInputDto, BlockUpdateDto } from './dto/structure.dto';

/** Hosts whose players a video block may embed (subdomains included), always over https. */
export const VIDEO_HOSTS = ['youtube-nocookie.com', 'youtube.com', 'vimeo.com'] as const;

type BlockField = Exclude<keyof BlockInputDto, 'kind'>;

const FIELDS: Record<BlockKind, readonly BlockField[]> = {
  text: ['markdown'],
  video: ['url', 'title', 'transcript', 'captionsUrl'],
  file: ['fileId', 'title'],
  reflection: ['prompt'],
  quiz: ['quiz'],
};

const ALL_FIELDS: readonly BlockField[] = [
  'markdown',
  'url',
  'title',
  'transcript',
  'captionsUrl',
  'fileId',
  'prompt',
  'quiz',
];

const EMPTY: LocalizedText = { fi: '', en: '' };

function problem(field: string, text: string): FieldProblem {
  return { field, problems: [text] };
}

function hasText(text: Partial<LocalizedText> | null | undefined): boolean {
  return !!text && Object.values(text).some((v) => typeof v === 'string' && v.trim() !== '');
}

function httpsUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password ? url : null;
  } catch {
    return null;
  }
}

export function isAllowedVideoUrl(value: string): boolean {
  const url = httpsUrl(value);
  if (!url) return false;
  const host = url.hostname.toLowerCase();
  return VIDEO_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** Fields sent that a block of this kind does not take (a quiz block is edited through its quiz). */
export function foreignFields(kind: BlockKind, dto: BlockUpdateDto | BlockInputDto): FieldProblem[] {
  const own = FIELDS[kind];
  return ALL_FIELDS.filter(
    (f) => (dto as Partial<Record<BlockField, unknown>>)[f] !== undefined && !own.includes(f),
  ).map((f) => problem(f, `not a field of a ${kind} block`));
}

export interface BlockContent {
  content: Record<string, unknown>;
  fileId: string | null;
}

/**
 * The stored content of a block from what was sent over what it had (an edit sends only what changes),
 * or the problems naming each field. Quiz blocks keep no content of their own.
 */
export function blockContent(
  kind: BlockKind,
  sent: BlockUpdateDto,
  before: Record<string, unknown> = {},
  beforeFileId: string | null = null,
): BlockContent | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pick = <T>(field: BlockField): T | undefined =>
    ((sent as Partial<Record<BlockField, unknown>>)[field] ?? before[field]) as T | undefined;
  let content: Record<string, unknown> = {};
  let fileId: string | null = null;
  switch (kind) {
    case 'text': {
      const markdown = pick<LocalizedText>('markdown');
      if (!hasText(markdown)) problems.push(problem('markdown', 'write the text in at least one language'));
      content = { markdown };
      break;
    }
    case 'video': {
      const url = pick<string>('url');
      if (!url || !isAllowedVideoUrl(url))
        problems.push(problem('url', `an https address on ${VIDEO_HOSTS.join(', ')}`));
      // null clears a field: `??` would fall back to the old value, so test for presence instead.
      const transcript =
        sent.transcript !== undefined
          ? sent.transcript
          : ((before['transcript'] as LocalizedText | null | undefined) ?? null);
      const captionsUrl =
        sent.captionsUrl !== undefined
          ? sent.captionsUrl
          : ((before['captionsUrl'] as string | null | undefined) ?? null);
      if (captionsUrl !== null && captionsUrl.trim() !== '' && !httpsUrl(captionsUrl))
        problems.push(problem('captionsUrl', 'an https address'));
      const hasCaptions = captionsUrl !== null && captionsUrl.trim() !== '';
      if (!hasText(transcript) && !hasCaptions)
        problems.push(problem('transcript', 'a transcript or a captionsUrl is required'));
      content = {
        url,
        title: pick<LocalizedText>('title') ?? EMPTY,
        transcript: hasText(transcript) ? transcript : null,
        captionsUrl: hasCaptions ? captionsUrl : null,
      };
      break;
    }
    case 'file': {
      fileId = sent.fileId ?? beforeFileId;
      if (!fileId) problems.push(problem('fileId', 'an uploaded file is required'));
      content = { title: pick<LocalizedText>('title') ?? EMPTY };
      break;
    }
    case 'reflection': {
      const prompt = pick<LocalizedText>('prompt');
      if (!hasText(prompt)) problems.push(problem('prompt', 'write the prompt in at least one language'));
      content = { prompt };
      break;
    }
    case 'quiz':
      break;
  }
  return problems.length > 0 ? problems : { content, fileId };
}
