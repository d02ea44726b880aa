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
