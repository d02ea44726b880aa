import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { TranslationParams } from '../core/i18n/dictionary';
import { TranslatePipe } from '../core/i18n/translate-pipe';

/** One titled section: `<prefix>.<id>.title`, paragraphs `.p1`…, then list items `.item1`…, then contact rows. */
export interface LegalSection {
  id: string;
  paragraphs?: number;
  items?: number;
  contacts?: readonly LegalContact[];
}

/** A labelled line: an e-mail address or a web address is a link. */
export interface LegalContact {
  labelKey: string;
  value: string;
  href?: string;
}

const range = (n = 0) => Array.from({ length: n }, (_, i) => i + 1);

/** A public text page: a title, an intro and titled sections, all dictionary keys under one prefix. */
@Component({
  selector: 'kp-legal-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <article class="legal">
      <h1>{{ prefix() + '.title' | t }}</h1>
      <p>{{ prefix() + '.intro' | t: params() }}</p>
      @for (section of layout(); track section.id) {
        <section [attr.aria-labelledby]="'legal-' + section.id">
          <h2 [id]="'legal-' + section.id">{{ section.key + '.title' | t }}</h2>
          @for (n of section.paragraphs; track n) {
            <p>{{ section.key + '.p' + n | t: params() }}</p>
          }
          @if (section.items.length) {
            <ul>
              @for (n of section.items; track n) {
                <li>{{ section.key + '.item' + n | t: params() }}</li>
              }
            </ul>
          }
          @if (section.contacts.length) {
            <dl class="contacts">
              @for (contact of section.contacts; track contact.labelKey) {
                <div>
                  <dt>{{ contact.labelKey | t }}</dt>
                  <dd>
                    @if (contact.href) {
                      <a [href]="contact.href">{{ contact.value }}</a>
                    } @else {
                      {{ contact.value }}
                    }
                  </dd>
                </div>
              }
            </dl>
          }
        </section>
      }
      <p class="updated">{{ 'legal.updated' | t }}</p>
    </article>
  `,
  styles: `
    .legal {
      max-inline-size: 70ch;
    }
    h2 {
      margin-block: 24px 8px;
      font: var(--mat-sys-title-large);
    }
    .contacts div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
      margin-block: 4px;
    }
    .contacts dt {
      font-weight: 600;
    }
    .contacts dt::after {
      content: ':';
    }
    .contacts dd {
      margin: 0;
    }
    .updated {
      margin-block-start: 32px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class LegalPage {
  readonly prefix = input.required<string>();
  readonly sections = input.required<readonly LegalSection[]>();
  readonly params = input<TranslationParams>({});

  protected readonly layout = computed(() =>
    this.sections().map((s) => ({
      id: s.id,
      key: `${this.prefix()}.${s.id}`,
      paragraphs: range(s.paragraphs),
      items: range(s.items),
      contacts: s.contacts ?? [],
    })),
  );
}

export function mailto(labelKey: string, email: string | undefined): LegalContact[] {
  return email ? [{ labelKey, value: email, href: `mailto:${email}` }] : [];
}
