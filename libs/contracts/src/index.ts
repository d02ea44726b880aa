export * from './lib/errors';
export * from './lib/common';
export * from './lib/accounts';
export * from './lib/notifications';
export * from './lib/health';
export * from './lib/socket';
export * from './lib/mail';
export * from './lib/training';
