import { blockContent, foreignFields, isAllowedVideoUrl } from './block-content';
import type { BlockUpdateDto } from './dto/structure.dto';

const L = (fi: string, en = ''): { fi: string; en: string } => ({ fi, en });

describe('video addresses', () => {
  it('allows https players on the listed hosts and their subdomains only', () => {
    expect(isAllowedVideoUrl('https://www.youtube-nocookie.com/embed/x')).toBe(true);
    expect(isAllowedVideoUrl('https://youtube.com/watch?v=x')).toBe(true);
    expect(isAllowedVideoUrl('https://player.vimeo.com/video/1')).toBe(true);
    expect(isAllowedVideoUrl('http://vimeo.com/1')).toBe(false);
    expect(isAllowedVideoUrl('https://vimeo.com.evil.example/1')).toBe(false);
    expect(isAllowedVideoUrl('https://notyoutube.com/x')).toBe(false);
    expect(isAllowedVideoUrl('https://user:pw@youtube.com/x')).toBe(false);
    // Never site-relative: a browser reads /\host and \\host as another host.
    for (const odd of [
      '/\\www.youtube.com/embed/x',
      '\\\\www.youtube.com/embed/x',
      '//www.youtube.com/embed/x',
      '/embed/x',
    ])
      expect(isAllowedVideoUrl(odd)).toBe(false);
    expect(isAllowedVideoUrl('https:\\\\evil.example/www.youtube.com')).toBe(false);
    expect(isAllowedVideoUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('block content', () => {
  it('needs a transcript or captions for a video, and keeps what an edit does not send', () => {
    const video: BlockUpdateDto = { url: 'https://vimeo.com/1', title: L('Video') };
    expect(blockContent('video', video)).toEqual([{ field: 'transcript', problems: [expect.any(String)] }]);
    const made = blockContent('video', { ...video, transcript: L('Puhetta') });
    expect(made).toEqual({
      content: { url: 'https://vimeo.com/1', title: L('Video'), transcript: L('Puhetta'), captionsUrl: null },
      fileId: null,
    });
    const before = (made as { content: Record<string, unknown> }).content;
    expect(blockContent('video', { title: L('Uusi') }, before)).toMatchObject({
      content: { url: 'https://vimeo.com/1', transcript: L('Puhetta'), title: L('Uusi') },
    });
    expect(blockContent('video', { transcript: null }, before)).toEqual([
      { field: 'transcript', problems: [expect.any(String)] },
    ]);
  });

  it('names the fields a kind does not take', () => {
    expect(
      foreignFields('text', { markdown: L('x'), url: 'https://vimeo.com/1', fileId: 'f' }).map((p) => p.field),
    ).toEqual(['url', 'fileId']);
    expect(foreignFields('reflection', { prompt: L('?') })).toEqual([]);
  });
});
