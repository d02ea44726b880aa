import type { MentoringProgramInput, MentoringProgramStatus } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

/** A valid POST /api/mentoring/programs body: a spring program in the given municipalities. */
export function programBody(
  municipalityIds: string[],
  overrides: Partial<MentoringProgramInput> = {},
): MentoringProgramInput {
  return {
    name: 'Kevään vertaismentorointi',
    description: { fi: 'Työnantajat mentoroivat toisiaan.', en: 'Employers mentor each other.' },
    municipalityIds,
    startsOn: '2027-02-01',
    endsOn: '2027-06-30',
    matching: {
      weights: { expertise: 40, sector: 20, language: 30, municipality: 10, availability: 20, mode: 10 },
      minimumScore: 20,
      sameMunicipality: false,
      excludeSameOrganisation: true,
    },
    ...overrides,
  };
}

/** Inserts a program directly, in a status (tests of other routes need one, not the lifecycle). */
export async function createProgram(
  db: DataSource,
  municipalityIds: string[],
  status: MentoringProgramStatus = 'recruiting',
): Promise<string> {
  const body = programBody(municipalityIds);
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO mentoring_program (name, description, starts_on, ends_on, weights, minimum_score, status)
     VALUES ($1, $2::jsonb, $3, $4, $5::jsonb, $6, $7) RETURNING id`,
    [
      body.name,
      JSON.stringify(body.description),
      body.startsOn,
      body.endsOn,
      JSON.stringify(body.matching.weights),
      body.matching.minimumScore,
      status,
    ],
  );
  await db.query(
    `INSERT INTO mentoring_program_municipality (program_id, municipality_id) SELECT $1, unnest($2::uuid[])`,
    [id, municipalityIds],
  );
  return id;
}
