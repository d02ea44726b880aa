import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { videoEmbedUrl } from './video-embed';

/** A video from a third-party host: nothing is loaded from it until the learner agrees; the transcript is always here. */
@Component({
  selector: 'kp-video-block',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="kp-block-title">{{ title() }}</h2>
    @if (embedUrl(); as src) {
      @if (consented()) {
        <div class="kp-frame">
          <iframe
            #frame
            [src]="src"
            [title]="'training.video.frameTitle' | t: { title: title() }"
            allow="fullscreen; picture-in-picture"
            referrerpolicy="strict-origin-when-cross-origin"
            loading="lazy"
          ></iframe>
        </div>
      } @else {
        <div class="kp-consent">
          <p>{{ 'training.video.consent' | t: { host: host() } }}</p>
          <button
            mat-flat-button
            type="button"
            (click)="consent()"
            [attr.aria-label]="('training.video.load' | t) + ': ' + title()"
          >
            {{ 'training.video.load' | t }}
          </button>
        </div>
      }
    }
    <p>
      <a [href]="url()" rel="noopener noreferrer">{{ 'training.video.openExternally' | t: { host: host() } }}</a>
    </p>
    @if (transcript(); as transcript) {
      <details class="kp-transcript" open>
        <summary>{{ 'training.video.transcript' | t }}</summary>
        <p>{{ transcript }}</p>
      </details>
    } @else {
      <p class="kp-secondary">{{ 'training.video.noTranscript' | t }}</p>
    }
    @if (captionsUrl(); as captions) {
      <p>
        <a [href]="captions" rel="noopener noreferrer">{{ 'training.video.captions' | t }}</a>
      </p>
    }
  `,
  styleUrl: './lesson-blocks.scss',
})
export class VideoBlock {
  private readonly sanitizer = inject(DomSanitizer);
  private readonly injector = inject(Injector);
  private readonly frame = viewChild<ElementRef<HTMLIFrameElement>>('frame');
  readonly url = input.required<string>();
  readonly title = input.required<string>();
  readonly transcript = input<string | null>(null);
  readonly captionsUrl = input<string | null>(null);
  protected readonly consented = signal(false);
  protected readonly host = computed(() => {
    try {
      return new URL(this.url()).hostname.replace(/^www\./, '');
    } catch {
      return '';
    }
  });
  /** The button goes away with the consent, so focus moves to the player instead of being lost. */
  protected consent(): void {
    this.consented.set(true);
    afterNextRender(() => this.frame()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Only addresses built by videoEmbedUrl from a checked id are trusted as a frame source. */
  protected readonly embedUrl = computed<SafeResourceUrl | null>(() => {
    const embed = videoEmbedUrl(this.url());
    return embed ? this.sanitizer.bypassSecurityTrustResourceUrl(embed) : null;
  });
}
