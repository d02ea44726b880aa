export * from './lib/completion';
export * from './lib/localized';
export * from './lib/quiz-grading';
export * from './lib/reminders';
