import {
  type Audience,
  AUDIENCES,
  type IdName,
  LIVE_SESSION_KINDS,
  type LiveInviteeView,
  type LiveSessionDetail,
  type Organisation,
} from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { catchError, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';

import { AdminScope } from '../../core/auth/admin-scope';
import { SessionStore } from '../../core/auth/session-store';
import { errorMessageKey } from '../../core/http/api-error';
import { controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { LiveSessionsApi } from '../data-access/live-sessions-api';
import { LiveFormat } from '../shared/live-format';
import { PersonPicker } from './person-picker';
import {
  applyFieldProblems,
  atLeastOne,
  endAfterStart,
  formValueOf,
  inputOf,
  type SessionFormValue,
} from './session-form-model';

type InviteeKind = LiveInviteeView['kind'];

/** `/live/new` and `/live/:id/edit`: a coordinator schedules a session or a host changes one. */
@Component({
  selector: 'kp-live-session-form',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PersonPicker,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-session-form.html',
  styleUrls: ['../shared/live-page.scss', './live-session-form.scss'],
})
export class LiveSessionForm {
  private readonly api = inject(LiveSessionsApi);
  private readonly router = inject(Router);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly me = inject(SessionStore).me;
  protected readonly scope = inject(AdminScope);
  protected readonly format = inject(LiveFormat);
  protected readonly kinds = LIVE_SESSION_KINDS;
  protected readonly audiences = AUDIENCES;
  protected readonly inviteeKinds: readonly InviteeKind[] = ['user', 'organisation', 'audience'];

  /** Route parameter of `/live/:id/edit`; absent on `/live/new`. */
  readonly id = input<string>();

  protected readonly form = this.fb.group(
    {
      kind: this.fb.control<SessionFormValue['kind']>('', Validators.required),
      title: this.fb.group({
        fi: this.fb.control('', [Validators.required, Validators.maxLength(200)]),
        en: this.fb.control('', Validators.maxLength(200)),
      }),
      description: this.fb.group({
        fi: this.fb.control('', Validators.maxLength(5000)),
        en: this.fb.control('', Validators.maxLength(5000)),
      }),
      startsAt: this.fb.control('', Validators.required),
      endsAt: this.fb.control('', Validators.required),
      municipalityId: this.fb.control('', Validators.required),
      courseId: this.fb.control(''),
      hostIds: this.fb.control<IdName[]>([], atLeastOne),
      invitees: this.fb.control<LiveInviteeView[]>([]),
      capacity: this.fb.control<number | null>(null, [Validators.min(1), Validators.pattern(/^\d+$/)]),
      videoUrl: this.fb.control('', [Validators.pattern(/^https:\/\/\S+$/), Validators.maxLength(2000)]),
      completionMinutes: this.fb.control<number | null>(null, [Validators.min(1), Validators.pattern(/^\d+$/)]),
      publicRegistration: this.fb.control(false),
    },
    { validators: endAfterStart },
  );

  protected readonly load = signal<'loading' | 'failed' | 'ready'>('ready');
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly inviteeKind = signal<InviteeKind>('user');
  protected readonly editing = computed(() => !!this.id());

  private readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    {
      requireSync: true,
    },
  );
  protected readonly hosts = computed(() => this.value().hostIds);
  protected readonly hostIdList = computed(() => this.hosts().map((h) => h.id));
  protected readonly invitees = computed(() => this.value().invitees);
  protected readonly invitedUserIds = computed(() =>
    this.invitees().flatMap((i) => (i.kind === 'user' ? [i.userId] : [])),
  );
  protected readonly isInfoSession = computed(() => this.value().kind === 'info_session');
  protected readonly hasCourse = computed(() => !!this.value().courseId);

  protected readonly courses = toSignal(
    this.api.courses(this.translator.locale()).pipe(catchError(() => of([] as IdName[]))),
    { initialValue: [] as IdName[] },
  );
  protected readonly organisations = signal<Organisation[]>([]);
  /** The edited session's municipality stays a choice for a host who does not manage it. */
  private readonly sessionMunicipality = signal<IdName | null>(null);
  protected readonly municipalities = computed(() => {
    const managed = this.scope.municipalities();
    const current = this.sessionMunicipality();
    return current && !managed.some((m) => m.id === current.id) ? [current, ...managed] : managed;
  });

  protected readonly errorKey = (control: AbstractControl | null) => {
    const errors = control?.errors;
    if (errors?.['endBeforeStart']) return { key: 'live.form.error.endBeforeStart' };
    if (errors?.['pattern'] && control === this.form.controls.videoUrl) return { key: 'live.form.error.https' };
    if (errors?.['pattern'] || errors?.['min']) return { key: 'live.form.error.wholeNumber' };
    if (errors?.['required'] && control === this.form.controls.hostIds) return { key: 'live.form.error.host' };
    return controlErrorKey(control);
  };

  constructor() {
    this.scope.loadMunicipalities();
    const municipality = this.form.controls.municipalityId;
    municipality.valueChanges
      .pipe(
        startWith(municipality.value),
        distinctUntilChanged(),
        switchMap((id) => (id ? this.api.organisations(id).pipe(catchError(() => of([]))) : of([]))),
        takeUntilDestroyed(),
      )
      .subscribe((organisations) => this.organisations.set(organisations));

    effect(() => {
      const id = this.id();
      untracked(() => (id ? this.fetch(id) : this.startNew()));
    });
  }

  private startNew(): void {
    const me = this.me();
    const managed = this.scope.municipalities();
    this.form.patchValue({
      hostIds: me ? [{ id: me.id, name: me.displayName }] : [],
      municipalityId: managed.length === 1 ? managed[0].id : (me?.managedMunicipalities[0]?.id ?? ''),
    });
  }

  private fetch(id: string): void {
    this.load.set('loading');
    this.api.get(id).subscribe({
      next: (session: LiveSessionDetail) => {
        this.sessionMunicipality.set(session.municipality);
        this.form.reset(formValueOf(session));
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  protected setInviteeKind(kind: string): void {
    if ((this.inviteeKinds as readonly string[]).includes(kind)) this.inviteeKind.set(kind as InviteeKind);
  }

  protected addHost(person: IdName): void {
    const hosts = this.form.controls.hostIds;
    if (hosts.value.some((h) => h.id === person.id)) return;
    hosts.setValue([...hosts.value, person]);
    hosts.markAsTouched();
  }

  protected removeHost(id: string): void {
    const hosts = this.form.controls.hostIds;
    hosts.setValue(hosts.value.filter((h) => h.id !== id));
    hosts.markAsTouched();
    this.focus('[data-testid=host-search]');
  }

  protected addInvitee(invitee: LiveInviteeView): void {
    const control = this.form.controls.invitees;
    if (control.value.some((i) => inviteeKey(i) === inviteeKey(invitee))) return;
    control.setValue([...control.value, invitee]);
  }

  protected inviteUser(person: IdName): void {
    this.addInvitee({ kind: 'user', userId: person.id, name: person.name });
  }

  protected inviteOrganisation(id: string): void {
    const organisation = this.organisations().find((o) => o.id === id);
    if (organisation) this.addInvitee({ kind: 'organisation', organisationId: id, name: organisation.name });
  }

  protected inviteAudience(audience: string): void {
    if (!(AUDIENCES as readonly string[]).includes(audience)) return;
    const name = this.translator.t(`admin.audience.${audience}`);
    this.addInvitee({ kind: 'audience', audience: audience as Audience, name });
  }

  protected removeInvitee(invitee: LiveInviteeView): void {
    const control = this.form.controls.invitees;
    control.setValue(control.value.filter((i) => inviteeKey(i) !== inviteeKey(invitee)));
    this.focus('[data-testid=invitee-kind]');
  }

  protected readonly inviteeKey = inviteeKey;

  protected submit(): void {
    this.failure.set(null);
    this.form.updateValueAndValidity();
    if (this.form.invalid || this.sending()) {
      this.form.markAllAsTouched();
      this.focus('.ng-invalid:is(input, select, textarea), .kp-invalid-list [data-testid]');
      return;
    }
    const input = inputOf(this.form.getRawValue());
    const id = this.id();
    this.sending.set(true);
    (id ? this.api.update(id, input) : this.api.create(input)).subscribe({
      next: (session) => {
        this.sending.set(false);
        void this.router.navigate(['/live', session.id]);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        if (applyFieldProblems(this.form, error).length) {
          this.focus('.ng-invalid:is(input, select, textarea), .kp-invalid-list [data-testid]');
        } else {
          this.failure.set(errorMessageKey(error));
          this.focus('[data-testid=form-failure]');
        }
      },
    });
  }
}

function inviteeKey(invitee: LiveInviteeView): string {
  switch (invitee.kind) {
    case 'user':
      return `user:${invitee.userId}`;
    case 'organisation':
      return `organisation:${invitee.organisationId}`;
    case 'audience':
      return `audience:${invitee.audience}`;
  }
}
