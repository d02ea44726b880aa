import { type Role, ROLES, USER_STATUSES, type UserStatus, type UserSummary } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { debounceTime, distinctUntilChanged, filter, switchMap } from 'rxjs';

import { AdminScope } from '../../core/auth/admin-scope';
import { errorMessageKey } from '../../core/http/api-error';
import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { ListFrame } from '../../ui/list/list-frame';
import { cursorList } from '../../ui/paging/cursor-list';
import { UsersApi } from '../data-access/users-api';
import { UserEditDialog, type UserEditDialogData } from './user-edit-dialog';

@Component({
  selector: 'kp-user-list',
  imports: [
    ListFrame,
    DateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-list.html',
})
export class UserList {
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translator = inject(Translator);
  protected readonly scope = inject(AdminScope);

  protected readonly roles = ROLES;
  protected readonly statuses = USER_STATUSES;
  protected readonly columns = ['name', 'role', 'status', 'municipality', 'lastLogin', 'actions'];
  protected readonly itemKey = (item: { id: string }): string => item.id;

  protected readonly filters = inject(NonNullableFormBuilder).group({
    q: '',
    municipalityId: '',
    role: '' as Role | '',
    status: '' as UserStatus | '',
  });

  protected readonly users = cursorList((cursor) => {
    const { q, municipalityId, role, status } = this.filters.getRawValue();
    return this.api.list({
      q: q.trim() || undefined,
      municipalityId: municipalityId || undefined,
      role: role || undefined,
      status: status || undefined,
      cursor: cursor ?? undefined,
    });
  });

  constructor() {
    this.scope.loadMunicipalities();
    this.users.reload();
    this.filters.valueChanges
      .pipe(
        debounceTime(300),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.users.reload());
  }

  protected edit(user: UserSummary): void {
    this.dialog
      .open<UserEditDialog, UserEditDialogData, UserSummary>(UserEditDialog, {
        data: { user },
        width: '36rem',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(filter((updated): updated is UserSummary => !!updated))
      .subscribe((updated) => {
        this.users.replace((u) => u.id === updated.id, updated);
        this.snackBar.open(this.translator.t('admin.users.saved'), undefined, { duration: 4000 });
      });
  }

  protected setActive(user: UserSummary, active: boolean): void {
    const t = (key: string) => this.translator.t(key, { name: user.displayName });
    const action = active ? 'reactivate' : 'deactivate';
    confirmAction(this.dialog, {
      title: t(`admin.users.${action}.title`),
      message: t(`admin.users.${action}.message`),
      confirmLabel: t(`admin.users.${action}.confirm`),
    })
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => (active ? this.api.reactivate(user.id) : this.api.deactivate(user.id))),
      )
      .subscribe({
        next: (updated) => {
          this.users.replace((u) => u.id === user.id, updated);
          this.snackBar.open(t(`admin.users.${action}.done`), undefined, { duration: 4000 });
        },
        error: (error: unknown) => this.snackBar.open(t(errorMessageKey(error)), undefined, { duration: 6000 }),
      });
  }
}
