// Fails when a translation key that the client uses (`'x.y' | t`, `t('x.y')`, `labelKey: 'x.y'`, or a prefix plus an
// enum value: `'admin.audience.' + a`, `` `core.error.${code}` ``) is missing from the fi or en dictionary, or when a
// page uses a feature's texts that its route does not load (`canMatch: [textsOf(...)]` in app.routes.ts).
// Run by `nx test client` before Karma; prints "i18n-keys: N passed, M failed".
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const app = join(root, 'client/src/app');

/** The dictionaries, the contracts' enums and the nav items, bundled from their TypeScript sources. */
async function loadSources() {
  const result = await build({
    stdin: {
      contents: `
        export { ALL_DICTIONARIES } from './client/src/app/core/i18n/all-dictionaries';
        export * as contracts from './libs/contracts/src/index';
        export { NAV_ITEMS } from './client/src/app/shell/nav-items';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    tsconfig: join(root, 'client/tsconfig.app.json'),
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** Every value a dynamic key's variable part can take; a prefix missing here fails the check, so none goes unchecked. */
function dynamicValues(c, navItems) {
  return {
    'core.error.': Object.values(c.ErrorCode),
    'admin.audience.': c.AUDIENCES,
    'admin.role.': c.ROLES,
    'admin.userStatus.': c.USER_STATUSES,
    'admin.mailCategory.': c.EMAIL_CATEGORIES,
    'admin.mailTransport.': ['smtp', 'log'], // MailLogEntry.transport
    'admin.orgKind.': c.ORGANISATION_KINDS,
    'admin.importProblem.': c.INVITATION_IMPORT_PROBLEMS,
    'admin.invitationStatus.': c.INVITATION_STATUSES,
    'admin.locale.': c.SUPPORTED_LOCALES,
    'admin.users.': ['deactivate', 'reactivate'],
    'authoring.block.kind.': c.BLOCK_KINDS,
    'authoring.block.delete.': ['title', 'message', 'confirm'],
    'authoring.lang.': c.SUPPORTED_LOCALES,
    'authoring.quiz.kind.': c.QUESTION_KINDS,
    'authoring.status.': c.COURSE_STATUSES,
    'authoring.status.done.': ['publish', 'archive'],
    'authoring.list.group.': c.COURSE_STATUSES,
    'home.card.': navItems.filter((item) => item.id !== 'home').map((item) => item.id),
    'reports.figure.': ['enrolled', 'inProgress', 'completed'],
    // Unknown kinds fall back to a generic text (NotificationStore.text checks `has`); the known ones must exist.
    'shell.notification.kind.': c.NOTIFICATION_KINDS,
    'training.localeName.': c.SUPPORTED_LOCALES,
    'live.kind.': c.LIVE_SESSION_KINDS,
    'live.status.': c.LIVE_SESSION_STATUSES,
    'live.myRsvp.': ['going', 'waitlisted', 'declined', 'maybe'], // RsvpState
    'live.rsvp.answer.': c.RSVP_ANSWERS,
    'live.rsvp.state.': ['going', 'waitlisted', 'declined', 'maybe'],
    'live.calendar.view.': ['list', 'week', 'month'],
    'live.invitee.': ['user', 'organisation', 'audience'], // LiveInvitee.kind
    'live.role.': ['host', 'cohost', 'participant', 'guest'], // LiveRole
    'live.breakouts.status.': ['prepared', 'running', 'ended'], // Breakout.status
    'live.breakouts.modes.': c.BREAKOUT_MODES,
    'admin.audit.actionName.': c.AUDIT_ACTIONS,
    // Unknown entity types are shown as recorded (AuditList.entityTypeName checks `has`); the known ones must exist.
    'admin.audit.entityTypeName.': [
      'user',
      'organisation',
      'municipality',
      'course',
      'course_module',
      'lesson',
      'lesson_block',
      'quiz',
      'stored_file',
    ],
    'authoring.publishProblem.': c.PUBLISH_PROBLEMS,
    // Account mail has no unsubscribe link: only the other categories reach this page.
    'profile.unsubscribe.question.': c.EMAIL_CATEGORIES.filter((category) => category !== 'account'),
    'profile.unsubscribe.done.': c.EMAIL_CATEGORIES.filter((category) => category !== 'account'),
    'mentoring.programs.status.': c.MENTORING_PROGRAM_STATUSES,
    'mentoring.programs.profileStatus.': c.MENTOR_PROFILE_STATUSES,
    'mentoring.programs.requestStatus.': c.MENTEE_REQUEST_STATUSES,
    // A mentor's MEETING_MODES and a mentee's MENTEE_MEETING_MODES (the mentor's plus 'either').
    'mentoring.programs.meetingMode.': c.MENTEE_MEETING_MODES,
    'mentoring.programs.factor.': c.MENTORING_FACTORS,
    'mentoring.matching.runStatus.': c.MATCHING_RUN_STATUSES,
    'mentoring.matching.pinRejection.': c.PIN_REJECTIONS,
    'mentoring.matching.unmatchedReason.': c.MENTORING_UNMATCHED_REASONS,
    'mentoring.matching.ruleKind.': c.PAIR_RULE_KINDS,
    'mentoring.matching.pairingStatus.': c.PAIRING_STATUSES,
    'mentoring.matching.healthKind.': c.MENTORING_HEALTH_KINDS,
    'mentoring.matching.since.': c.MENTORING_HEALTH_KINDS, // MentoringHealthItem.kind
    // ProgramHealth.action words contact_unanswered with its own params.
    'mentoring.matching.action.': c.MENTORING_HEALTH_ACTIONS.filter((action) => action !== 'contact_unanswered'),
    'mentoring.matching.report.proposal.': ['sent', 'accepted', 'declined', 'expired', 'open'], // ProgramReport.proposalKeys
    'mentoring.pairings.status.': c.PAIRING_STATUSES,
    'mentoring.pairings.side.': ['mentor', 'mentee'], // PairingSide
    // ProposalAnswerState (the viewer's answer, and the notice after answering); 'none' for the other side's null.
    'mentoring.pairings.answer.yours.': ['accepted', 'declined'],
    'mentoring.pairings.answer.other.': ['accepted', 'declined', 'none'],
    'mentoring.pairings.agreement.': ['sideConfirmed', 'sideNotConfirmed'], // PairingAgreement.confirmedText
    'mentoring.pairings.agreement.frequency.': c.MEETING_FREQUENCIES,
    // An agreement's MENTEE_MEETING_MODES and a meeting's MEETING_MODES (the same less 'either').
    'mentoring.pairings.agreement.mode.': c.MENTEE_MEETING_MODES,
    'mentoring.pairings.day.': c.WEEKDAYS,
    'mentoring.pairings.fit.': c.FIT_ANSWERS,
    'mentoring.pairings.feedback.': ['usefulness', 'match'], // pairing-finish.html's rated questions
  };
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    const wanted = /\.(ts|html)$/.test(entry.name) && !/\.(spec|i18n)\.ts$/.test(entry.name);
    return wanted ? [path] : [];
  });
}

/** The features whose texts each top-level folder's routes load, read from `textsOf(...)` in app.routes.ts. */
function routeTexts() {
  const routes = readFileSync(join(app, 'app.routes.ts'), 'utf8');
  const byFolder = new Map();
  for (const block of routes.split(/\n {2}\{\n/).slice(1)) {
    const folder = /import\('\.\/([a-z-]+)\//.exec(block)?.[1];
    const texts = /textsOf\(([^)]*)\)/.exec(block)?.[1];
    if (!folder || texts === undefined) continue;
    // `textsOf` brings the core texts with every page's.
    const names = ['core', ...[...texts.matchAll(/'([a-z]+)'/g)].map((m) => m[1])];
    byFolder.set(folder, new Set([...(byFolder.get(folder) ?? []), ...names]));
  }
  return byFolder;
}

/** `confirmed('authoring.structure.deleteModule', …)` names a family of keys that the callee completes (`.title`…). */
function isFamily(keys, prefix) {
  for (const key of keys) if (key.startsWith(`${prefix}.`)) return true;
  return false;
}

export function findProblems({ dictionaries, files, dynamic, eager, routeTextsByFolder }) {
  const keysIn = (locale) => new Set(dictionaries.flatMap((d) => Object.keys(d[locale])));
  const fi = keysIn('fi');
  const en = keysIn('en');
  const features = [...new Set([...fi].map((key) => key.split('.')[0]))].join('|');
  const staticKey = new RegExp(`['"\`]((?:${features})(?:\\.[A-Za-z0-9_]+)+)['"\`]`, 'g');
  const dynamicKey = new RegExp(
    `'((?:${features})(?:\\.[A-Za-z0-9_]+)*\\.)'\\s*\\+|\`((?:${features})(?:\\.[A-Za-z0-9_]+)*\\.)\\$\\{[^}]*\\}([.A-Za-z0-9_]*)\``,
    'g',
  );
  const problems = [];
  let checked = 0;
  for (const [file, text] of files) {
    const uses = [...text.matchAll(staticKey)].map((m) => m[1]);
    for (const m of text.matchAll(dynamicKey)) {
      const prefix = m[1] ?? m[2];
      const values = dynamic[prefix];
      if (!values) problems.push(`${file}: dynamic key '${prefix}…' has no list of values in check-i18n-keys.mjs`);
      else uses.push(...values.map((value) => `${prefix}${value}${m[3] ?? ''}`));
    }
    // A home panel lives with its capability but renders on the home page, under the home route's texts.
    const folder = /(^|\/)home\/|-home-panel\./.test(file) ? 'home' : file.split('/')[0];
    const loaded = routeTextsByFolder.get(folder);
    for (const key of uses) {
      checked++;
      for (const [locale, keys] of [
        ['fi', fi],
        ['en', en],
      ])
        if (!keys.has(key) && !isFamily(keys, key)) problems.push(`${file}: ${key} missing in ${locale}`);
      const feature = key.split('.')[0];
      if (loaded && !eager.includes(feature) && !loaded.has(feature))
        problems.push(`${file}: ${key} is a '${feature}' text that the '${folder}' routes do not load (textsOf)`);
    }
  }
  return { checked, problems: [...new Set(problems)] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ALL_DICTIONARIES, contracts, NAV_ITEMS } = await loadSources();
  const files = sourceFiles(app).map((path) => [relative(app, path), readFileSync(path, 'utf8')]);
  const { checked, problems } = findProblems({
    dictionaries: ALL_DICTIONARIES,
    files,
    dynamic: dynamicValues(contracts, NAV_ITEMS),
    eager: ['shell'],
    routeTextsByFolder: routeTexts(),
  });
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  console.log(
    `i18n-keys: ${checked - problems.length} passed, ${problems.length} failed (${checked} key uses in ${files.length} files)`,
  );
  process.exit(problems.length ? 1 : 0);
}
