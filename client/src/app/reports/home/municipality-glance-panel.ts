import { SMALL_GROUP_LABEL, type TrainingHome } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, map, of, switchMap } from 'rxjs';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { TrainingHomeApi } from '../../training/data-access/training-home-api';

type Glance = NonNullable<TrainingHome['glance']>;

/** Home panel for readers of reports: completions by audience this quarter in their municipalities, small groups as "<5". */
@Component({
  selector: 'kp-municipality-glance-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <section class="kp-home-panel" aria-labelledby="home-glance-heading" data-testid="home-panel-glance">
      <h2 id="home-glance-heading">{{ 'home.glance.title' | t: { scope: scope() } }}</h2>
      @if (failed()) {
        <p class="kp-error" role="alert">{{ 'home.failed' | t }}</p>
      } @else if (glance(); as g) {
        <p>{{ 'home.glance.quarter' | t: { from: date(g.from), to: date(g.to) } }}</p>
        @if (g.byAudience.length) {
          <table class="kp-home-table">
            <caption class="visually-hidden">
              {{
                'home.glance.caption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'home.glance.audience' | t }}</th>
                <th scope="col">{{ 'home.glance.completed' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of g.byAudience; track row.audience) {
                <tr>
                  <th scope="row">{{ 'admin.audience.' + row.audience | t }}</th>
                  <td data-testid="glance-completed">{{ row.completed ?? smallGroup }}</td>
                </tr>
              }
            </tbody>
          </table>
          @if (hasWithheld()) {
            <p class="kp-hint">{{ 'reports.smallGroupsNote' | t }}</p>
          }
        } @else {
          <p>{{ 'home.glance.none' | t }}</p>
        }
        <p>
          <a routerLink="/reports">{{ 'home.glance.reports' | t }}</a>
        </p>
      } @else {
        <p role="status">{{ 'home.loading' | t }}</p>
      }
    </section>
  `,
})
export class MunicipalityGlancePanel {
  private readonly api = inject(TrainingHomeApi);
  private readonly translator = inject(Translator);
  protected readonly smallGroup = SMALL_GROUP_LABEL;

  private readonly answer = toSignal(
    toObservable(this.translator.locale).pipe(
      switchMap((locale) =>
        this.api.home(locale).pipe(
          map((home) => ({ glance: home.glance, failed: false })),
          catchError(() => of({ glance: null as Glance | null, failed: true })),
        ),
      ),
    ),
  );
  protected readonly glance = computed(() => this.answer()?.glance ?? null);
  protected readonly failed = computed(() => this.answer()?.failed ?? false);
  protected readonly hasWithheld = computed(() => this.glance()?.byAudience.some((r) => r.suppressed) ?? false);
  protected readonly scope = computed(() => {
    const names = this.glance()?.municipalities.map((m) => m.name) ?? [];
    return names.length ? names.join(', ') : this.translator.t('home.glance.allMunicipalities');
  });

  protected date(iso: string): string {
    return this.translator.formatDate(`${iso}T12:00:00Z`);
  }
}
