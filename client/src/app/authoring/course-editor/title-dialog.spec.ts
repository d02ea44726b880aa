import type { LocalizedText } from '@kotopaikka/contracts';

import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { Translator } from '../../core/i18n/translator';
import { adminTestProviders } from '../../testing/admin-testing';
import { typeInto } from '../testing/authoring-fixtures';
import { TitleDialog, type TitleDialogData } from './title-dialog';

describe('TitleDialog', () => {
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const pane = () => document.querySelector('.cdk-overlay-container kp-title-dialog') as HTMLElement;
  const t = (key: string) => TestBed.inject(Translator).t(key);
  let closedWith: LocalizedText | undefined | 'open';

  async function open(data: TitleDialogData): Promise<void> {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    closedWith = 'open';
    TestBed.inject(MatDialog)
      .open<TitleDialog, TitleDialogData, LocalizedText>(TitleDialog, { data })
      .afterClosed()
      .subscribe((value) => (closedWith = value));
    await stable();
  }

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('asks the name in every language under the given heading, prefilled when renaming', async () => {
    await open({ headingKey: 'authoring.common.name', title: { fi: 'Alku', en: 'Start' } });
    expect(pane().querySelector('h2')?.textContent?.trim()).toBe(t('authoring.common.name'));
    const inputs = Array.from(pane().querySelectorAll('input'));
    expect(inputs.map((i) => [i.getAttribute('lang'), i.value])).toEqual([
      ['fi', 'Alku'],
      ['en', 'Start'],
    ]);
  });

  it('does not close while a language is empty, then closes with the trimmed names', async () => {
    await open({ headingKey: 'authoring.common.name', title: null });
    const [fi, en] = Array.from(pane().querySelectorAll('input'));
    typeInto(fi, '  Uusi moduuli ');
    pane().querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await stable();
    expect(closedWith).toBe('open');
    expect(pane().querySelectorAll('mat-error').length).toBe(1);
    typeInto(en, 'New module');
    pane().querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await stable();
    expect(closedWith).toEqual({ fi: 'Uusi moduuli', en: 'New module' });
  });

  it('closes without a title on cancel', async () => {
    await open({ headingKey: 'authoring.common.name', title: null });
    pane().querySelector<HTMLButtonElement>('button[mat-dialog-close]')?.click();
    await stable();
    expect(closedWith).not.toBe('open');
    expect(closedWith).toBeFalsy();
  });
});
