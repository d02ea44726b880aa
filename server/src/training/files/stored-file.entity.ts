import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded file, kept in PostgreSQL so every node can serve it. */
@Entity('stored_file')
@Check('ck_stored_file_size', 'size_bytes >= 0')
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('app_user', { name: 'fk_stored_file_owner', onDelete: 'SET NULL' })
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  sha256!: string;

  // Not selected by default: a listing must never drag the blobs along.
  @Column({ type: 'bytea', select: false })
  data!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
