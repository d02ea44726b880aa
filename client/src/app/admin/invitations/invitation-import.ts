import { INVITATION_CSV_COLUMNS, type InvitationImportResult } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';

import { AdminScope } from '../../core/auth/admin-scope';
import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { InvitationsApi } from '../data-access/invitations-api';

/** UTF-8 with BOM and `;` so the template opens in Finnish Excel as columns. */
const TEMPLATE_CSV =
  `\uFEFF${INVITATION_CSV_COLUMNS.join(';')}\r\n` +
  'maija.meikalainen@example.fi;Maija Meikäläinen;employer;\r\n' +
  'matti.virtanen@example.fi;Matti Virtanen;guidance_professional;\r\n';

@Component({
  selector: 'kp-invitation-import',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatTableModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitation-import.html',
  styles: `
    .kp-import-form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .kp-file {
      display: grid;
      gap: 0.25rem;
    }
    .kp-problems {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    input[type='file']:focus-visible {
      outline: 2px solid currentColor;
      outline-offset: 2px;
    }
  `,
})
export class InvitationImport {
  private readonly api = inject(InvitationsApi);
  protected readonly scope = inject(AdminScope);

  readonly imported = output<InvitationImportResult>();

  protected readonly templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE_CSV)}`;
  protected readonly rejectedColumns = ['line', 'email', 'problems'];
  protected readonly municipality = new FormControl('', { nonNullable: true });
  protected readonly municipalityId = toSignal(this.municipality.valueChanges, { initialValue: '' });
  protected readonly file = signal<File | null>(null);
  protected readonly uploading = signal(false);
  protected readonly result = signal<InvitationImportResult | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly attempted = signal(false);

  constructor() {
    this.scope.loadMunicipalities();
  }

  protected chooseFile(input: HTMLInputElement): void {
    this.file.set(input.files?.item(0) ?? null);
  }

  protected upload(): void {
    this.attempted.set(true);
    const file = this.file();
    const municipalityId = this.municipalityId();
    if (!file || !municipalityId || this.uploading()) return;
    this.uploading.set(true);
    this.failure.set(null);
    this.result.set(null);
    this.api.import(file, municipalityId).subscribe({
      next: (result) => {
        this.uploading.set(false);
        this.result.set(result);
        this.imported.emit(result);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.failure.set(errorMessageKey(error));
      },
    });
  }
}
