import { Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A municipality a coordinator manages, beside their home municipality. */
@Entity('coordinator_municipality')
export class CoordinatorMunicipalityEntity {
  @ForeignKey('app_user', { name: 'fk_coordinator_municipality_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ForeignKey('municipality', { name: 'fk_coordinator_municipality_municipality', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;
}
