import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';

import { DateTimePipe, TranslatePipe } from '../../core/i18n/translate-pipe';
import { MailLogApi } from '../data-access/mail-log-api';
import { cursorList } from '../shared/cursor-list';

@Component({
  selector: 'kp-mail-list',
  imports: [DateTimePipe, MatButtonModule, MatProgressBarModule, MatTableModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-list.html',
})
export class MailList {
  private readonly api = inject(MailLogApi);
  protected readonly columns = ['createdAt', 'subject', 'to', 'category', 'transport'];
  protected readonly messages = cursorList((cursor) => this.api.list(cursor));

  constructor() {
    this.messages.reload();
  }
}
