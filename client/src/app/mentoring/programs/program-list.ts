import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { SessionStore } from '../../core/auth/session-store';
import { keyedLoad } from '../../core/http/keyed-load';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { MentoringProgramsApi } from '../data-access/mentoring-programs-api';
import { ProgramFormat } from './program-format';

/** `/mentoring`: the programs one sees, the way to one's own pairings, and for coordinators a new program. */
@Component({
  selector: 'kp-program-list',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-list.html',
  styleUrls: ['../../live/shared/live-page.scss', './programs-page.scss', './program-list.scss'],
})
export class ProgramList {
  private readonly api = inject(MentoringProgramsApi);
  private readonly me = inject(SessionStore).me;
  protected readonly format = inject(ProgramFormat);

  private readonly loader = keyedLoad(signal(null), () => this.api.list());
  protected readonly load = this.loader.state;
  protected readonly programs = computed(() => this.loader.value() ?? []);
  protected readonly mayCreate = computed(() => {
    const role = this.me()?.role;
    return role === 'admin' || role === 'coordinator';
  });

  protected reload(): void {
    this.loader.reload();
  }
}
