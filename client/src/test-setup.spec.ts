import { ALL_DICTIONARIES } from './app/core/i18n/all-dictionaries';
import { registerDictionary } from './app/core/i18n/dictionaries';

// The app registers a feature's texts when its routes load; specs render pages without the router's help, so every
// dictionary is there from the start.
ALL_DICTIONARIES.forEach(registerDictionary);

// Karma loads every spec file before running any, so this top-level beforeEach runs before every client spec: each
// starts with nothing stored, and a spec that switched the language (the Translator saves it in localStorage)
// cannot leave the next one, in Karma's random order, in English. (The unit-test builder's setupFiles option is not
// supported with the Karma runner.)
beforeEach(() => {
  localStorage.clear();
});

describe('the client test setup', () => {
  beforeAll(() => {
    // What a spec that switched the language leaves behind.
    localStorage.setItem('kp.locale', 'en');
  });

  it('starts every spec with nothing stored', () => {
    expect(localStorage.length).toBe(0);
  });
});
