import { AUDIT_ACTIONS } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';

import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { cursorList } from '../../ui/paging/cursor-list';
import { AuditApi, type AuditFilter } from '../data-access/audit-api';

@Component({
  selector: 'kp-audit-list',
  imports: [
    DateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-list.html',
  styles: `
    .kp-details {
      font-size: 0.8125rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0;
    }
    td.mat-column-action code,
    td.mat-column-createdAt {
      white-space: nowrap;
    }
    td.mat-column-details {
      min-inline-size: 16rem;
    }
  `,
})
export class AuditList {
  private readonly api = inject(AuditApi);
  private readonly translator = inject(Translator);
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly columns = ['createdAt', 'actor', 'action', 'entity', 'details'];

  protected readonly filterForm = inject(NonNullableFormBuilder).group({ action: '', entityType: '' });
  /** The filter applied to the loaded pages; the form may hold unapplied edits. */
  private applied: AuditFilter = { action: '', entityType: '' };
  protected readonly entries = cursorList((cursor) => this.api.list(this.applied, cursor, this.translator.locale()));

  constructor() {
    this.entries.reload();
  }

  protected apply(): void {
    this.applied = this.filterForm.getRawValue();
    this.entries.reload();
  }

  /** An action in words; one this client does not know yet, as recorded. */
  protected actionName(action: string): string {
    const key = `admin.audit.actionName.${action}`;
    return this.translator.has(key) ? this.translator.t(key) : action;
  }

  protected entityTypeName(type: string): string {
    const key = `admin.audit.entityTypeName.${type}`;
    return this.translator.has(key) ? this.translator.t(key) : type;
  }

  protected details(details: Record<string, unknown>): string {
    const entries = Object.entries(details ?? {});
    return entries.length ? entries.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n') : '–';
  }
}
