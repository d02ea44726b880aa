import { LiveNoteUpdateEntity } from './notes/live-note-update.entity';

/** The live-sessions capability's entities. */
export const liveEntities = [LiveNoteUpdateEntity];
