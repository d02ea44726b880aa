import type {
  Locale,
  MatchingRunView,
  MentoringHealth,
  MentoringProgram,
  MentoringProgramReport,
  PairRule,
  PairRuleInput,
  PublishRunResult,
} from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

const programPath = (id: string): string => `/api/mentoring/programs/${encodeURIComponent(id)}`;

/** A coordinator's view of a program from above: matching runs, pins and blocks, health, report. */
@Injectable({ providedIn: 'root' })
export class MentoringMatchingApi {
  private readonly http = inject(HttpClient);

  /** The program's name and municipalities for the page heading (the programs' own API has the same call). */
  program(id: string): Observable<MentoringProgram> {
    return this.http.get<MentoringProgram>(programPath(id));
  }

  /** The newest run of the program; 404 before the first. */
  latestRun(programId: string): Observable<MatchingRunView> {
    return this.http.get<MatchingRunView>(`${programPath(programId)}/matching-runs/latest`);
  }

  /** Runs the engine now with the current pins and blocks; the earlier draft is superseded. */
  run(programId: string): Observable<MatchingRunView> {
    return this.http.post<MatchingRunView>(`${programPath(programId)}/matching-runs`, {});
  }

  /** Sends a proposal to both people of every suggestion of a draft run. */
  publish(runId: string): Observable<PublishRunResult> {
    return this.http.post<PublishRunResult>(`/api/mentoring/matching-runs/${encodeURIComponent(runId)}/publish`, {});
  }

  pairRules(programId: string): Observable<PairRule[]> {
    return this.http.get<PairRule[]>(`${programPath(programId)}/pair-rules`);
  }

  addPairRule(programId: string, input: PairRuleInput): Observable<PairRule> {
    return this.http.post<PairRule>(`${programPath(programId)}/pair-rules`, input);
  }

  removePairRule(programId: string, ruleId: string): Observable<void> {
    return this.http.delete<void>(`${programPath(programId)}/pair-rules/${encodeURIComponent(ruleId)}`);
  }

  health(programId: string): Observable<MentoringHealth> {
    return this.http.get<MentoringHealth>(`${programPath(programId)}/health`);
  }

  report(programId: string): Observable<MentoringProgramReport> {
    return this.http.get<MentoringProgramReport>(`${programPath(programId)}/report`);
  }

  /** The report as CSV with headers in `locale`, for a plain download link. */
  reportCsvUrl(programId: string, locale: Locale): string {
    return `${programPath(programId)}/report.csv?locale=${locale}`;
  }
}
