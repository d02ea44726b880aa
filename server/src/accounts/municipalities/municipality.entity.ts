import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Statistics Finland municipality code, e.g. 992 for Äänekoski. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;
}
