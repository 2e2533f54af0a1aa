import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type DatabaseConnectionOptions } from './data-source';
import { UnitScopes } from '../auth/unit-scope';
import { TransactionRunner } from './transaction';

/** The one DataSource, the transaction runner and unit scopes; the URL is resolved before boot (a real server, or the embedded PGlite). */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseConnectionOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(options), autoLoadEntities: false })],
      // UnitScopes reads units and their lineage through the transaction runner: every module's scope
      // filter (ADR 0013) is as global as the transaction it runs in
      providers: [TransactionRunner, UnitScopes],
      exports: [TransactionRunner, UnitScopes],
    };
  }
}
