import { type Invitation, INVITATION_STATUSES, type InvitationStatus } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { filter, switchMap } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { ListFrame } from '../../ui/list/list-frame';
import { cursorList } from '../../ui/paging/cursor-list';
import { InvitationsApi } from '../data-access/invitations-api';

@Component({
  selector: 'kp-invitation-list',
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
  templateUrl: './invitation-list.html',
})
export class InvitationList {
  private readonly api = inject(InvitationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translator = inject(Translator);

  protected readonly statuses = INVITATION_STATUSES;
  protected readonly columns = ['invitee', 'status', 'invitedBy', 'createdAt', 'expiresAt', 'actions'];
  protected readonly itemKey = (item: { id: string }): string => item.id;
  protected readonly status = new FormControl<InvitationStatus | ''>('pending', { nonNullable: true });
  protected readonly invitations = cursorList((cursor) => this.api.list(this.status.value, cursor));

  constructor() {
    this.invitations.reload();
    this.status.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.invitations.reload());
  }

  /** Called by the page after an invite or an import so new rows show up. */
  reload(): void {
    this.invitations.reload();
  }

  protected resend(invitation: Invitation): void {
    this.api.resend(invitation.id).subscribe({
      next: (updated) => {
        this.invitations.replace((i) => i.id === invitation.id, updated);
        this.notify('admin.invitations.resent', invitation.email);
      },
      error: (error: unknown) => this.notify(errorMessageKey(error), invitation.email),
    });
  }

  protected revoke(invitation: Invitation): void {
    const t = (key: string) => this.translator.t(key, { email: invitation.email });
    confirmAction(this.dialog, {
      title: t('admin.invitations.revokeTitle'),
      message: t('admin.invitations.revokeMessage'),
      confirmLabel: t('admin.invitations.revoke'),
    })
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.revoke(invitation.id)),
      )
      .subscribe({
        next: (updated) => {
          this.invitations.replace((i) => i.id === invitation.id, updated);
          this.notify('admin.invitations.revoked', invitation.email);
        },
        error: (error: unknown) => this.notify(errorMessageKey(error), invitation.email),
      });
  }

  private notify(key: string, email: string): void {
    this.snackBar.open(this.translator.t(key, { email }), undefined, { duration: 4000 });
  }
}
