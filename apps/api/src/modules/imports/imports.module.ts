import { Module } from '@nestjs/common';
import { JobsModule } from '../../core/jobs/jobs.module';
import { IdentityModule } from '../identity/identity.module';
import { OrgModule } from '../org/org.module';
import { PeopleModule } from '../people/people.module';
import { ExportsService } from './exports.service';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';
import { PeopleImportService } from './people-import.service';
import { UnitImportService } from './unit-import.service';

/** Excel in and out: uploads previewed row by row, all-or-nothing commits as jobs, templates, exports. */
@Module({
  imports: [JobsModule, OrgModule, PeopleModule, IdentityModule],
  controllers: [ImportsController],
  providers: [
    UnitImportService,
    PeopleImportService,
    ImportsService,
    ExportsService,
    ImportsResolver,
  ],
})
export class ImportsModule {}
