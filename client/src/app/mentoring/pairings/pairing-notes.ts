import type { PairingDetail, PairNote } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { PairingsApi } from '../data-access/pairings-api';
import { pairingSend } from './pairing-send';

/** Notes only the pair reads; each removes their own. */
@Component({
  selector: 'kp-pairing-notes',
  imports: [DateTimePipe, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{{ 'mentoring.pairings.notes.title' | t }}</h2>
      <p id="notes-private" data-testid="notes-private">{{ 'mentoring.pairings.notes.private' | t }}</p>
      @if (notes().length) {
        <ul class="kp-rows" data-testid="notes">
          @for (note of notes(); track note.id) {
            <li>
              <p class="kp-secondary">
                {{ note.author?.name ?? ('mentoring.pairings.notes.unknownAuthor' | t) }} ·
                {{ note.createdAt | kpDateTime }}
              </p>
              <p class="kp-note-body">{{ note.body }}</p>
              @if (isMine(note) && editable()) {
                <button
                  mat-button
                  type="button"
                  (click)="remove(note)"
                  [attr.aria-label]="'mentoring.pairings.notes.removeNote' | t: { date: (note.createdAt | kpDateTime) }"
                  [attr.data-testid]="'note-remove-' + note.id"
                >
                  {{ 'mentoring.pairings.remove' | t }}
                </button>
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'mentoring.pairings.notes.none' | t }}</p>
      }
      @if (editable()) {
        <mat-form-field class="kp-wide">
          <mat-label>{{ 'mentoring.pairings.notes.new' | t }}</mat-label>
          <textarea
            matInput
            rows="3"
            maxlength="4000"
            [formControl]="body"
            aria-describedby="notes-private"
            data-testid="note-new"
          ></textarea>
        </mat-form-field>
        <button mat-stroked-button type="button" (click)="add()" data-testid="note-add">
          {{ 'mentoring.pairings.add' | t }}
        </button>
      }
      @if (failure(); as key) {
        <p class="kp-error" role="alert" data-testid="notes-failure">{{ key | t }}</p>
      }
    </section>
  `,
  styleUrl: './pairing-section.scss',
})
export class PairingNotes {
  private readonly api = inject(PairingsApi);

  readonly pairing = input.required<PairingDetail>();
  readonly changed = output<void>();
  private readonly sender = pairingSend(this.changed);
  protected readonly sending = this.sender.sending;
  protected readonly failure = this.sender.failure;

  protected readonly notes = computed(() => this.pairing().notes ?? []);
  /** Notes stay readable after the end; they are written while the pair works together. */
  protected readonly editable = computed(() => this.pairing().status === 'active');
  protected readonly body = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(4000)],
  });

  protected isMine(note: PairNote): boolean {
    const p = this.pairing();
    return !!p.mySide && note.author?.id === p[p.mySide].person.id;
  }

  protected add(): void {
    const body = this.body.value.trim();
    if (!body) return;
    this.sender.send(this.api.addNote(this.pairing().id, { body }), () => this.body.reset());
  }

  protected remove(note: PairNote): void {
    this.sender.send(this.api.removeNote(this.pairing().id, note.id));
  }
}
