import { ChangeDetectionStrategy, Component, viewChild } from '@angular/core';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { InvitationImport } from './invitation-import';
import { InvitationList } from './invitation-list';
import { InviteForm } from './invite-form';

@Component({
  selector: 'kp-invitations-page',
  imports: [InvitationImport, InvitationList, InviteForm, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.invitations.title' | t }}</h1>
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{{ 'admin.invite.heading' | t }}</h2>
      <kp-invite-form (invited)="list().reload()" />
    </section>
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{{ 'admin.import.heading' | t }}</h2>
      <kp-invitation-import (imported)="list().reload()" />
    </section>
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{{ 'admin.invitations.listHeading' | t }}</h2>
      <kp-invitation-list />
    </section>
  `,
})
export class InvitationsPage {
  protected readonly list = viewChild.required(InvitationList);
}
