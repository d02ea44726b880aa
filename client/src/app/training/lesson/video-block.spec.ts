import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { setUpTrainingTest } from '../shared/training-testing';
import { VideoBlock } from './video-block';

describe('VideoBlock', () => {
  let fixture: ComponentFixture<VideoBlock>;
  const el = () => fixture.nativeElement as HTMLElement;
  const t = (key: string, params?: Record<string, string>) => TestBed.inject(Translator).t(key, params);

  async function render(
    url: string,
    transcript: string | null = 'Puhuja kertoo.',
    captionsUrl: string | null = null,
  ): Promise<void> {
    setUpTrainingTest();
    fixture = TestBed.createComponent(VideoBlock);
    fixture.componentRef.setInput('url', url);
    fixture.componentRef.setInput('title', 'Perehdytyksen perusteet');
    fixture.componentRef.setInput('transcript', transcript);
    fixture.componentRef.setInput('captionsUrl', captionsUrl);
    await fixture.whenStable();
  }

  it('loads nothing from the host before consent, and names the host and the video on the button', async () => {
    await render('https://vimeo.com/123456');
    expect(el().querySelector('iframe')).toBeNull();
    expect(el().querySelector('.kp-consent p')?.textContent).toContain(
      t('training.video.consent', { host: 'vimeo.com' }),
    );
    const button = el().querySelector('.kp-consent button');
    expect(button?.getAttribute('aria-label')).toBe(`${t('training.video.load')}: Perehdytyksen perusteet`);
  });

  it('after consent shows the privacy-friendly player with a title, and focus on it', async () => {
    await render('https://vimeo.com/123456');
    el().querySelector<HTMLButtonElement>('.kp-consent button')?.click();
    await fixture.whenStable();
    const frame = el().querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://player.vimeo.com/video/123456?dnt=1');
    expect(frame?.getAttribute('title')).toBe(t('training.video.frameTitle', { title: 'Perehdytyksen perusteet' }));
    expect(document.activeElement).toBe(frame);
    expect(el().querySelector('.kp-consent')).toBeNull();
  });

  it('never embeds a host it does not know: only the link out', async () => {
    await render('https://evil.example/watch?v=dQw4w9WgXcQ');
    expect(el().querySelector('.kp-consent, iframe')).toBeNull();
    const link = el().querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://evil.example/watch?v=dQw4w9WgXcQ');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('always shows the transcript, or says there is none, and links captions when given', async () => {
    await render('https://youtu.be/dQw4w9WgXcQ', null, '/api/files/captions.vtt');
    expect(el().textContent).toContain(t('training.video.noTranscript'));
    expect(el().querySelector('a[href="/api/files/captions.vtt"]')?.textContent?.trim()).toBe(
      t('training.video.captions'),
    );
    fixture.componentRef.setInput('transcript', 'Puhuja kertoo.');
    await fixture.whenStable();
    expect(el().querySelector('details.kp-transcript')?.textContent).toContain('Puhuja kertoo.');
  });
});
