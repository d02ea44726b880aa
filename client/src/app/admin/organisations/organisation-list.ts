import type { Organisation } from '@kotopaikka/contracts';

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

import { AdminScope } from '../../core/auth/admin-scope';
import { OrganisationsApi } from '../../core/data-access/organisations-api';
import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { ListFrame } from '../../ui/list/list-frame';
import { cursorList } from '../../ui/paging/cursor-list';
import { OrganisationDialog, type OrganisationDialogData } from './organisation-dialog';

@Component({
  selector: 'kp-organisation-list',
  imports: [
    ListFrame,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatTableModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-list.html',
})
export class OrganisationList {
  private readonly api = inject(OrganisationsApi);
  private readonly focus = focusAfterRender();
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translator = inject(Translator);
  protected readonly scope = inject(AdminScope);

  protected readonly columns = ['name', 'kind', 'municipality', 'actions'];
  protected readonly itemKey = (item: { id: string }): string => item.id;
  protected readonly municipality = new FormControl('', { nonNullable: true });
  protected readonly organisations = cursorList((cursor) => this.api.list(this.municipality.value || null, cursor));

  constructor() {
    this.scope.loadMunicipalities();
    this.organisations.reload();
    this.municipality.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.organisations.reload());
  }

  protected open(organisation: Organisation | null): void {
    this.dialog
      .open<OrganisationDialog, OrganisationDialogData, Organisation>(OrganisationDialog, {
        data: { organisation, municipalityId: this.municipality.value },
        width: '30rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((saved): saved is Organisation => !!saved))
      .subscribe((saved) => {
        if (organisation) this.organisations.replace((o) => o.id === saved.id, saved);
        else this.organisations.reload();
        this.notify('admin.organisations.saved', saved.name);
      });
  }

  protected remove(organisation: Organisation): void {
    const t = (key: string) => this.translator.t(key, { name: organisation.name });
    confirmAction(this.dialog, {
      title: t('admin.organisations.deleteTitle'),
      message: t('admin.organisations.deleteMessage'),
      confirmLabel: t('admin.common.delete'),
    })
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.delete(organisation.id)),
      )
      .subscribe({
        next: () => {
          this.organisations.remove((o) => o.id === organisation.id);
          this.notify('admin.organisations.deleted', organisation.name);
          // The row and its button are gone: continue from the list.
          this.focus('.kp-table-scroll');
        },
        error: (error: unknown) => this.notify(errorMessageKey(error), organisation.name),
      });
  }

  private notify(key: string, name: string): void {
    this.snackBar.open(this.translator.t(key, { name }), undefined, { duration: 5000 });
  }
}
