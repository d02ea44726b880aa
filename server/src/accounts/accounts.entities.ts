import { MunicipalityEntity } from './municipalities/municipality.entity';
import { OrganisationEntity } from './organisations/organisation.entity';
import { CoordinatorMunicipalityEntity } from './users/coordinator-municipality.entity';
import { UserEntity } from './users/user.entity';

/** The accounts capability's tables, for the data source that app.entities.ts composes. */
export const accountsEntities = [MunicipalityEntity, OrganisationEntity, UserEntity, CoordinatorMunicipalityEntity];
