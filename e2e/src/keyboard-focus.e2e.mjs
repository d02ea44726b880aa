// Where keyboard focus lands after an action done with the keyboard (WCAG 2.4.3): on the result message or heading, or
// in the new field — never dropped to <body> when the pressed button goes away. Each case seeds its own course and
// people through the API and presses Enter on the focused control, as a keyboard user would.
import { after, before, describe, it } from 'node:test';

import { createPerson } from './support/people.mjs';
import { DEMO, expectFocus, gotoLogin, LABEL, launchBrowser, login, newPage } from './support/platform.mjs';
import { apiAs, both, seedCourse } from './support/training.mjs';

const stamp = () => Date.now().toString(36);

/** A course seeded by the demo coordinator (a text lesson and a quiz lesson, see seedCourse). */
async function seedAsCoordinator(options) {
  const coordinator = await apiAs(DEMO.coordinator);
  try {
    return await seedCourse(coordinator, { maxAttempts: null, ...options, title: `${options.title} ${stamp()}` });
  } finally {
    await coordinator.dispose();
  }
}

/** A draft course with one module and one lesson without content, for the authoring cases. */
async function seedEmptyLesson() {
  const coordinator = await apiAs(DEMO.coordinator);
  try {
    const title = `Fokus tyhjä ${stamp()}`;
    const course = await coordinator.post('/api/courses', {
      title: both(title, `${title} (en)`),
      summary: both('Kurssi fokustestiä varten.', 'A course for a focus test.'),
      estimatedMinutes: 10,
      audiences: ['employer'],
    });
    const module = await coordinator.post(`/api/courses/${course.id}/modules`, { title: both('Moduuli', 'Module') });
    await coordinator.post(`/api/modules/${module.id}/lessons`, {
      title: both('Tyhjä oppitunti', 'Empty lesson'),
      required: true,
    });
    return { id: course.id, title, lessonTitle: 'Tyhjä oppitunti' };
  } finally {
    await coordinator.dispose();
  }
}

/** A new learner of Äänekoski enrolled in the course, signed in on the page. */
async function signInEnrolled(page, course, name) {
  const learner = await createPerson({ name });
  const api = await apiAs(learner.email);
  await api.post(`/api/courses/${course.id}/enroll`);
  await api.dispose();
  await login(page, learner.email);
  return learner;
}

/** The coordinator on a course's editor, with a lesson of the content tab open when `lesson` is given. */
async function openEditor(page, courseId, lesson) {
  await login(page, DEMO.coordinator);
  await page.goto(`/authoring/courses/${courseId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (!lesson) return;
  await page.getByRole('tab', { name: 'Sisältö' }).click();
  await page.getByRole('button', { name: lesson, exact: true }).click();
  await page.getByRole('heading', { name: `Oppitunti: ${lesson}` }).waitFor();
}

/** The list item of a lesson's block by its heading ("1. Teksti"). */
function blockItem(page, label) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: label, exact: true }) });
}

/** Answers every question of the quiz on the page with its last option (wrong in seeded courses). */
async function answerWrong(quiz) {
  await quiz.getByRole('radiogroup').first().waitFor();
  for (const group of await quiz.getByRole('radiogroup').all()) await group.getByRole('radio').last().check();
}

describe('keyboard focus after an action', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('marking a lesson done moves focus to the done message', async () => {
    const course = await seedAsCoordinator({ title: 'Fokus tehty' });
    const { context, page } = await newPage(browser);
    // Without IntersectionObserver, reaching the lesson's end does not mark it first: the button is what marks it.
    await context.addInitScript(() => {
      delete window.IntersectionObserver;
    });
    await signInEnrolled(page, course, 'Tero Tekijä');
    await page.goto(`/learning/courses/${course.id}/lessons/${course.readingId}`);
    await page.getByRole('button', { name: 'Merkitse tehdyksi' }).press('Enter');
    await page.getByText('Oppitunti on tehty').waitFor();
    await expectFocus(
      page,
      [page.getByText('Oppitunti on tehty'), page.getByText('Oppitunti merkittiin tehdyksi.')],
      'after marking the lesson done',
    );
    await context.close();
  });

  it('submitting a quiz moves focus to its result', async () => {
    const course = await seedAsCoordinator({ title: 'Fokus tulos' });
    const { context, page } = await newPage(browser);
    await signInEnrolled(page, course, 'Siiri Suorittaja');
    await page.goto(`/learning/courses/${course.id}/lessons/${course.quizLessonId}`);
    const quiz = page.locator('kp-quiz-panel');
    await answerWrong(quiz);
    await quiz.getByRole('button', { name: 'Lähetä vastaukset' }).press('Enter');
    const result = quiz.getByRole('region', { name: 'Tulos' });
    await result.waitFor();
    await expectFocus(page, [{ within: result }], 'after submitting the quiz');
    await context.close();
  });

  it('retrying a quiz moves focus to the quiz title or its first question', async () => {
    const course = await seedAsCoordinator({ title: 'Fokus uudelleen' });
    const { context, page } = await newPage(browser);
    await signInEnrolled(page, course, 'Urho Uusija');
    await page.goto(`/learning/courses/${course.id}/lessons/${course.quizLessonId}`);
    const quiz = page.locator('kp-quiz-panel');
    await answerWrong(quiz);
    await quiz.getByRole('button', { name: 'Lähetä vastaukset' }).click();
    await quiz.getByRole('button', { name: 'Yritä uudelleen' }).press('Enter');
    const firstQuestion = quiz.getByRole('group', { name: /^Kysymys 1\b/ });
    await quiz.getByRole('button', { name: 'Lähetä vastaukset' }).waitFor();
    await expectFocus(
      page,
      [quiz.getByRole('heading', { name: 'Loppukoe', exact: true }), { within: firstQuestion }],
      'after "Yritä uudelleen"',
    );
    await context.close();
  });

  it('a failed login moves focus to the error message or the e-mail field', async () => {
    const person = await createPerson({ name: 'Vilma Väärinkirjoittaja', municipality: 'Laukaa' });
    const { context, page } = await newPage(browser);
    await gotoLogin(page);
    await page.getByLabel(LABEL.email).fill(person.email);
    await page.getByLabel(LABEL.password).fill('väärä salasana 123');
    await page.getByRole('button', { name: LABEL.login }).press('Enter');
    const error = page.getByTestId('form-error');
    await error.getByText('Sähköposti tai salasana on väärin.').waitFor();
    await expectFocus(page, [error, page.getByLabel(LABEL.email)], 'after a failed login');
    await context.close();
  });

  it('creating a course moves focus to the new course’s heading', async () => {
    const title = `Fokus uusi kurssi ${stamp()}`;
    const { context, page } = await newPage(browser);
    await login(page, DEMO.coordinator);
    await page.goto('/authoring');
    await page.getByRole('button', { name: 'Uusi kurssi' }).click();
    const form = page.getByRole('region', { name: 'Uusi kurssi' });
    await form.getByLabel('Kurssin nimi (fi)').fill(title);
    await form.getByLabel('Kurssin nimi (en)').fill(`${title} (en)`);
    await form.getByLabel('Kuvaus (fi)').fill('Kurssi fokustestiä varten.');
    await form.getByLabel('Kuvaus (en)').fill('A course for a focus test.');
    await form.getByLabel('Arvioitu kesto (minuuttia)').fill('15');
    await form.getByRole('checkbox', { name: 'Työnantaja' }).check();
    await form.getByRole('button', { name: 'Luo kurssi' }).press('Enter');
    await page.waitForURL(/\/authoring\/courses\/[0-9a-f-]{36}$/);
    const heading = page.getByRole('heading', { level: 1, name: title, exact: true });
    await heading.waitFor();
    await expectFocus(page, [heading], 'after "Luo kurssi"');
    await context.close();
  });

  it('starting a text block puts focus in its first field', async () => {
    const course = await seedEmptyLesson();
    const { context, page } = await newPage(browser);
    await openEditor(page, course.id, course.lessonTitle);
    await page.getByRole('button', { name: 'Lisää: Teksti' }).press('Enter');
    const field = page.getByRole('textbox', { name: 'Teksti (Markdown) (Suomeksi)' });
    await field.waitFor();
    await expectFocus(page, [field], 'after "Lisää: Teksti"');
    await context.close();
  });

  it('adding a block moves focus to the added block', async () => {
    const course = await seedEmptyLesson();
    const { context, page } = await newPage(browser);
    await openEditor(page, course.id, course.lessonTitle);
    await page.getByRole('button', { name: 'Lisää: Teksti' }).click();
    const newBlock = page.getByRole('region', { name: 'Uusi sisältö: Teksti' });
    await newBlock.getByRole('textbox', { name: 'Teksti (Markdown) (Suomeksi)' }).fill('## Ensimmäinen päivä');
    await newBlock.getByRole('textbox', { name: 'Teksti (Markdown) (Englanniksi)' }).fill('## The first day');
    await newBlock.getByRole('button', { name: 'Lisää', exact: true }).press('Enter');
    await newBlock.waitFor({ state: 'detached' });
    await expectFocus(
      page,
      [{ within: blockItem(page, '1. Teksti') }, page.getByText('Sisältö lisätty.')],
      'after adding the text block',
    );
    await context.close();
  });

  it('"Lisää: Tietovisa" puts focus in the new quiz', async () => {
    const course = await seedEmptyLesson();
    const { context, page } = await newPage(browser);
    await openEditor(page, course.id, course.lessonTitle);
    await page.getByRole('button', { name: 'Lisää: Tietovisa' }).press('Enter');
    const quiz = blockItem(page, '1. Tietovisa');
    await quiz.getByRole('textbox', { name: 'Tietovisan nimi (Suomeksi)' }).waitFor();
    await expectFocus(page, [{ within: quiz }], 'after "Lisää: Tietovisa"');
    await context.close();
  });

  it('"Lisää kysymys" puts focus in the new question', async () => {
    const course = await seedAsCoordinator({ title: 'Fokus kysymys', publish: false });
    const { context, page } = await newPage(browser);
    await openEditor(page, course.id, 'Loppukoe');
    await page.getByRole('button', { name: 'Lisää kysymys' }).press('Enter');
    const question = page.getByRole('group', { name: 'Kysymys 3', exact: true });
    await question.waitFor();
    await expectFocus(page, [{ within: question }], 'after "Lisää kysymys"');
    await context.close();
  });

  it('saving a quiz moves focus to the saved message or the quiz', async () => {
    const course = await seedAsCoordinator({ title: 'Fokus tallennus', publish: false });
    const { context, page } = await newPage(browser);
    await openEditor(page, course.id, 'Loppukoe');
    await page.getByLabel('Hyväksymisraja').fill('50');
    await page.getByRole('button', { name: 'Tallenna tietovisa' }).press('Enter');
    // The result is announced in a live region; the save button stays (aria-disabled while busy), so focus may stay on it.
    const saved = page.getByRole('status').filter({ hasText: 'Tietovisa tallennettu.' });
    await saved.waitFor({ state: 'attached' });
    await expectFocus(
      page,
      [
        saved,
        page.getByRole('heading', { name: '1. Tietovisa', exact: true }),
        page.getByRole('button', { name: /^Tallenna tietovisa/ }),
      ],
      'after "Tallenna tietovisa"',
    );
    await context.close();
  });

  it('publishing moves focus to the course heading or the published message', async () => {
    const course = await seedAsCoordinator({ title: 'Fokus julkaisu', publish: false });
    const { context, page } = await newPage(browser);
    await openEditor(page, course.id);
    await page.getByRole('button', { name: 'Julkaise', exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Arkistoi' }).waitFor();
    await expectFocus(
      page,
      [
        page.getByRole('heading', { level: 1, name: course.title.fi, exact: true }),
        page.getByText('Kurssi julkaistu.'),
        page.getByText('Julkaistu', { exact: true }),
      ],
      'after "Julkaise"',
    );
    await context.close();
  });

  it('assigning a course moves focus to the result', async () => {
    const course = await seedAsCoordinator({ title: 'Fokus osoitus' });
    const { context, page } = await newPage(browser);
    await openEditor(page, course.id);
    const panel = page.getByRole('region', { name: 'Osoita ryhmälle' });
    // A group no other spec signs in as: Laukaa's immigrant participants.
    await panel.getByRole('combobox', { name: 'Kunta' }).click();
    await page.getByRole('option', { name: 'Laukaa', exact: true }).click();
    await panel.getByRole('combobox', { name: 'Kohderyhmä' }).click();
    await page.getByRole('option', { name: 'Maahanmuuttajaosallistuja', exact: true }).click();
    await panel.getByRole('button', { name: 'Osoita kurssi' }).press('Enter');
    const result = panel.getByText(/henkilöä ilmoitettiin kurssille/);
    await result.waitFor();
    await expectFocus(page, [result, panel.getByRole('heading', { name: 'Osoita ryhmälle' })], 'after "Osoita kurssi"');
    await context.close();
  });

  it('sending an invitation moves focus to the sent message or back to the e-mail field', async () => {
    const { context, page } = await newPage(browser);
    await login(page, DEMO.admin);
    await page.goto('/admin/invitations');
    const form = page.getByRole('region', { name: 'Kutsu käyttäjä' });
    const email = `fokus.${stamp()}@e2e.kotopaikka.test`;
    await form.getByRole('textbox', { name: 'Sähköposti' }).fill(email);
    await form.getByRole('textbox', { name: 'Nimi' }).fill('Kaija Kutsuttu');
    await form.getByRole('combobox', { name: 'Kohderyhmä' }).selectOption({ label: 'Työnantaja' });
    await form.getByRole('combobox', { name: 'Kunta' }).selectOption({ label: 'Keuruu' });
    await form.getByRole('button', { name: 'Lähetä kutsu' }).press('Enter');
    const sent = page.getByText(`Kutsu lähetetty osoitteeseen ${email}.`);
    await sent.waitFor();
    await expectFocus(page, [sent, form.getByRole('textbox', { name: 'Sähköposti' })], 'after "Lähetä kutsu"');
    await context.close();
  });
});
