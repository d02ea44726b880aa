import { SUPPORTED_LOCALES } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { homeI18n } from '../../home/home.i18n';
import { FEATURE_TEXTS, loadTexts, registerDictionary } from './dictionaries';
import type { FeatureDictionary } from './dictionary';
import { NumberPipe, PercentPipe } from './format-pipes';
import { LOCALES } from './locales';
import { TranslatePipe } from './translate-pipe';
import { Translator } from './translator';

describe('locales', () => {
  it('are data: every supported locale once, each with a writing direction and its own name', () => {
    expect(LOCALES.map((l) => l.code).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    for (const locale of LOCALES) {
      expect(['ltr', 'rtl']).toContain(locale.dir);
      expect(locale.label.trim()).not.toBe('');
    }
  });

  it('<html lang> and dir follow a run-time switch', () => {
    TestBed.configureTestingModule({});
    const translator = TestBed.inject(Translator);
    translator.use('en');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    translator.use('fi');
    expect(document.documentElement.getAttribute('lang')).toBe('fi');
  });
});

describe('numbers and plurals', () => {
  let translator: Translator;
  beforeEach(() => {
    TestBed.configureTestingModule({});
    translator = TestBed.inject(Translator);
  });

  it('write percentages and decimals the locale’s way', () => {
    // Intl writes a no-break space between the number and "%" and narrow no-break spaces between thousands.
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(translator.formatPercent(85.3))).toBe('85,3 %');
    expect(plain(translator.formatNumber(1234.5))).toBe('1 234,5');
    translator.use('en');
    expect(translator.formatPercent(85.3)).toBe('85.3%');
    expect(translator.formatNumber(1234.5)).toBe('1,234.5');
  });

  it('format number parameters of texts, a `percent` one as a percentage', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(translator.t('training.quiz.score', { percent: 85.3 }))).toBe('Pisteet 85,3 %.');
    translator.use('en');
    expect(translator.t('training.quiz.score', { percent: 85.3 })).toBe('Score 85.3%.');
    expect(translator.t('admin.users.count', { count: 1200 })).toBe('1,200 users shown.');
  });

  it('choose the plural form by `count`', () => {
    expect(translator.t('admin.users.count', { count: 1 })).toBe('1 käyttäjä näkyvissä.');
    expect(translator.t('admin.users.count', { count: 2 })).toBe('2 käyttäjää näkyvissä.');
    expect(translator.t('shell.notificationsButton', { count: 0 })).toBe('Ilmoitukset, 0 lukematonta');
    translator.use('en');
    expect(translator.t('admin.users.count', { count: 1 })).toBe('1 user shown.');
    expect(translator.t('admin.users.count', { count: 3 })).toBe('3 users shown.');
  });

  it('the pipes follow the language and show a dash for no figure', () => {
    const percent = TestBed.runInInjectionContext(() => new PercentPipe());
    const number = TestBed.runInInjectionContext(() => new NumberPipe());
    translator.use('en');
    expect(percent.transform(50)).toBe('50%');
    expect(number.transform(2.25)).toBe('2.3');
    expect(percent.transform(null)).toBe('–');
    expect(number.transform(undefined)).toBe('–');
  });
});

const lateTexts = {
  fi: { 'late.greeting': 'Hei myöhemmin' },
  en: { 'late.greeting': 'Hello later' },
} satisfies FeatureDictionary;

@Component({
  selector: 'kp-test-late-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<p>{{ 'late.greeting' | t }}</p>`,
})
class LatePage {
  /** What the page would show on its first render. */
  readonly firstText = inject(Translator).t('late.greeting');
}

describe('feature texts loaded with their routes', () => {
  it('a route waits for its texts, so its page never shows a raw key, and a language switch reaches them', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'late', canMatch: [() => loadTexts([() => arrived.then(() => lateTexts)])], component: LatePage },
        ]),
      ],
    });
    const translator = TestBed.inject(Translator);
    const harness = await RouterTestingHarness.create();
    expect(translator.t('late.greeting')).toBe('late.greeting');

    const navigation = harness.navigateByUrl('/late', LatePage);
    await Promise.resolve();
    expect(TestBed.inject(Router).url).not.toBe('/late');
    release();
    const page = await navigation;

    expect(page.firstText).toBe('Hei myöhemmin');
    expect(harness.routeNativeElement?.textContent).toContain('Hei myöhemmin');
    translator.use('en');
    harness.detectChanges();
    expect(harness.routeNativeElement?.textContent).toContain('Hello later');
  });

  it('a text registered late re-renders what already asked for it', () => {
    TestBed.configureTestingModule({});
    const translator = TestBed.inject(Translator);
    const early = { fi: { 'later.word': 'Sana' }, en: { 'later.word': 'Word' } } satisfies FeatureDictionary;
    expect(translator.t('later.word')).toBe('later.word');
    registerDictionary(early);
    expect(translator.t('later.word')).toBe('Sana');
  });

  it('each lazy feature’s loader brings its own dictionary', async () => {
    expect(await FEATURE_TEXTS.home()).toBe(homeI18n);
  });
});
