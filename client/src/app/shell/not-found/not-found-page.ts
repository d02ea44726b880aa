import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '../../core/i18n/translate-pipe';

@Component({
  selector: 'kp-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  template: `
    <h1>{{ 'shell.notFound.title' | t }}</h1>
    <p>{{ 'shell.notFound.text' | t }}</p>
    <a mat-flat-button routerLink="/">{{ 'shell.backHome' | t }}</a>
  `,
})
export class NotFoundPage {}
