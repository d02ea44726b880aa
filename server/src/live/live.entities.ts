import { LiveBreakoutEntity, LiveBreakoutGroupEntity, LiveBreakoutMemberEntity } from './breakouts/breakout.entity';

/** The live-sessions capability's tables, for the data source that app.entities.ts composes. */
export const liveEntities = [LiveBreakoutEntity, LiveBreakoutGroupEntity, LiveBreakoutMemberEntity];
