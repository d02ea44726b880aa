import { EMAIL_CATEGORIES, type EmailCategory } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ListFrame } from '../../ui/list/list-frame';
import { cursorList } from '../../ui/paging/cursor-list';
import { MailLogApi } from '../data-access/mail-log-api';

@Component({
  selector: 'kp-mail-list',
  imports: [
    ListFrame,
    DateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-list.html',
})
export class MailList {
  private readonly api = inject(MailLogApi);
  protected readonly columns = ['createdAt', 'subject', 'to', 'category', 'transport'];
  protected readonly itemKey = (item: { id: string }): string => item.id;
  protected readonly categories = EMAIL_CATEGORIES;
  protected readonly filters = inject(NonNullableFormBuilder).group({ to: '', category: '' as EmailCategory | '' });
  protected readonly messages = cursorList((cursor) => this.api.list(this.filters.getRawValue(), cursor));

  constructor() {
    this.messages.reload();
    this.filters.valueChanges
      .pipe(
        debounceTime(300),
        distinctUntilChanged((a, b) => a.to === b.to && a.category === b.category),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.messages.reload());
  }
}
