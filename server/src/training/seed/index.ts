import type { SeedCourse } from './course-seed.types';
import { decisionMakersCourse } from './decision-makers.course';
import { employersCourse } from './employers.course';
import { guidanceCourse } from './guidance.course';

/** The courses a fresh installation starts with, in catalogue order. */
export const seedCourses: SeedCourse[] = [decisionMakersCourse, employersCourse, guidanceCourse];
