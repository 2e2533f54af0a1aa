import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { ENTITIES } from '../../entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';

export interface DatabaseConnectionOptions {
  url: string;
  poolSize?: number;
  /** Run pending migrations when the data source initialises (the app always does). */
  migrationsRun?: boolean;
}

/** Every entity the application maps: core tables plus each domain module's. */
export const ALL_ENTITIES: MixedList<Function> = [AuditLogEntity, ...ENTITIES];

/** One definition for the app, the CLI and the tests: only the URL differs. */
export function dataSourceOptions(options: DatabaseConnectionOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: ALL_ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: options.migrationsRun ?? true,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: false,
    // node-postgres pool. No named prepared statements anywhere: PGlite shares one session.
    extra: { max: options.poolSize ?? 10 },
    applicationName: 'thidua',
  } as DataSourceOptions;
}

export function createDataSource(options: DatabaseConnectionOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}
