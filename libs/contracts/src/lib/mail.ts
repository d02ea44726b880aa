import type { EmailCategory } from './accounts';

/** `GET`/`POST /api/email/unsubscribe?token=`: the category the signed link is about and whether mail of it still goes out. */
export interface UnsubscribeStatus {
  category: Exclude<EmailCategory, 'account'>;
  subscribed: boolean;
}
