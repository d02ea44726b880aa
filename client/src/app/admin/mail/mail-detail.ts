import { ErrorCode, type MailLogDetail } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { catchError, map, of, switchMap } from 'rxjs';

import { apiErrorCode } from '../../core/http/api-error';
import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { MailLogApi } from '../data-access/mail-log-api';

export interface BodySegment {
  text: string;
  href: string | null;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g;

/** Splits a plain-text body into text and http(s) links, so links render as anchors without innerHTML. */
export function linkify(text: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), href: null });
    segments.push({ text: match[0], href: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), href: null });
  return segments;
}

type Loaded = { state: 'loading' } | { state: 'loaded'; mail: MailLogDetail } | { state: 'error'; missing: boolean };

@Component({
  selector: 'kp-mail-detail',
  imports: [DateTimePipe, MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-detail.html',
  styles: `
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .kp-mail-body {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-family: inherit;
      padding: 1rem;
      border: 1px solid #c4c7c5;
      border-radius: 0.5rem;
      max-inline-size: 70ch;
    }
  `,
})
export class MailDetail {
  private readonly api = inject(MailLogApi);

  protected readonly loaded = signal<Loaded>({ state: 'loading' });
  protected readonly body = computed(() => {
    const loaded = this.loaded();
    return loaded.state === 'loaded' ? linkify(loaded.mail.textBody) : [];
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('id') ?? ''),
        switchMap((id) =>
          this.api.get(id).pipe(
            map((mail): Loaded => ({ state: 'loaded', mail })),
            catchError((error: unknown) =>
              of<Loaded>({ state: 'error', missing: apiErrorCode(error) === ErrorCode.NotFound }),
            ),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => this.loaded.set(loaded));
  }
}
