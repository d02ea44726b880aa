import type { TrainingHome } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, map, of, startWith, switchMap } from 'rxjs';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { TrainingHomeApi } from '../data-access/training-home-api';

type State = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; home: TrainingHome };

/** Home panel of training: the course to continue with its next lesson, and what is due. */
@Component({
  selector: 'kp-training-home-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <section class="kp-home-panel" aria-labelledby="home-training-heading" data-testid="home-panel-training">
      <h2 id="home-training-heading">{{ 'home.training.title' | t }}</h2>
      @switch (state().status) {
        @case ('loading') {
          <p role="status">{{ 'home.loading' | t }}</p>
        }
        @case ('failed') {
          <p class="kp-error" role="alert">{{ 'home.failed' | t }}</p>
        }
      }
      @if (home(); as h) {
        @if (h.continueWith; as c) {
          <p class="kp-home-lead">
            <a
              [routerLink]="
                c.nextLesson
                  ? ['/learning/courses', c.course.id, 'lessons', c.nextLesson.id]
                  : ['/learning/courses', c.course.id]
              "
              data-testid="home-continue"
            >
              {{
                (c.nextLesson ? 'home.training.continueLesson' : 'home.training.continueCourse')
                  | t: { course: c.course.name, lesson: c.nextLesson?.name ?? '' }
              }}
            </a>
          </p>
          <p>{{ 'home.training.progress' | t: { percent: c.progressPercent } }}</p>
        } @else {
          <p>
            {{ 'home.training.nothingUnderway' | t }}
            <a routerLink="/learning/catalog">{{ 'home.training.catalog' | t }}</a>
          </p>
        }
        @if (h.due.length) {
          <h3>{{ 'home.training.due' | t }}</h3>
          <ul data-testid="home-due">
            @for (d of h.due; track d.course.id) {
              <li>
                <a [routerLink]="['/learning/courses', d.course.id]">{{ d.course.name }}</a> –
                {{ 'home.training.dueOn' | t: { date: date(d.dueDate) } }}
              </li>
            }
          </ul>
        }
        <p>
          <a routerLink="/learning">{{ 'home.training.myLearning' | t }}</a>
        </p>
      }
    </section>
  `,
})
export class TrainingHomePanel {
  private readonly api = inject(TrainingHomeApi);
  private readonly translator = inject(Translator);

  protected readonly state = toSignal(
    toObservable(this.translator.locale).pipe(
      switchMap((locale) =>
        this.api.home(locale).pipe(
          map((home): State => ({ status: 'ready', home })),
          catchError(() => of<State>({ status: 'failed' })),
          startWith<State>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as State },
  );

  protected home(): TrainingHome | null {
    const s = this.state();
    return s.status === 'ready' ? s.home : null;
  }

  protected date(iso: string | null): string {
    return iso ? this.translator.formatDate(`${iso}T12:00:00Z`) : '';
  }
}
