import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import type { DatabaseConnectionOptions } from './core/database/data-source';
import { AppGraphqlModule } from './core/graphql/graphql.module';
import { HealthModule } from './core/health/health.module';
import { JobsModule } from './core/jobs/jobs.module';
import { LoggingModule } from './core/logging/logging.module';
import { AuditModule } from './modules/audit/audit.module';
import { AwardsModule } from './modules/awards/awards.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { CouncilsModule } from './modules/councils/councils.module';
import { DecisionsModule } from './modules/decisions/decisions.module';
import { DocumentsModule } from './modules/documents/documents.module';
import { FilesModule } from './modules/files/files.module';
import { IdentityModule } from './modules/identity/identity.module';
import { ImportsModule } from './modules/imports/imports.module';
import { LegalModule } from './modules/legal/legal.module';
import { OrgModule } from './modules/org/org.module';
import { PeopleModule } from './modules/people/people.module';
import { RecordsModule } from './modules/records/records.module';
import { SeedModule } from './seeds/seed.module';

@Module({})
export class AppModule {
  static forRoot(database: DatabaseConnectionOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule,
        LoggingModule,
        DatabaseModule.forRoot(database),
        AppGraphqlModule,
        HealthModule,
        JobsModule,
        OrgModule,
        IdentityModule,
        PeopleModule,
        AuditModule,
        ImportsModule,
        LegalModule,
        CalendarModule,
        DocumentsModule,
        FilesModule,
        CampaignsModule,
        AwardsModule,
        RecordsModule,
        CouncilsModule,
        DecisionsModule,
        SeedModule,
      ],
    };
  }
}
