import { types } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { ENTITIES } from '../../entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';

export interface DatabaseConnectionOptions {
  url: string;
  poolSize?: number;
  /** Run pending migrations when the data source initialises (the app always does). */
  migrationsRun?: boolean;
  /**
   * The embedded PGlite serves every socket connection from ONE backend session, and pglite-socket
   * interleaves the extended-protocol messages of concurrent connections (one query's Bind meets
   * another's Parse: wrong results or "bind message supplies N parameters"). So the app keeps a single
   * connection to it. A query issued outside the open transaction then waits for the connection:
   * the timeout turns that programming error into a loud failure instead of a hang.
   */
  embedded?: boolean;
}

// `date` columns stay "YYYY-MM-DD" strings in raw queries too (node-postgres would make local-time Dates).
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/** Every entity the application maps: core tables plus each domain module's. */
export type EntityClass = new () => object;

export const ALL_ENTITIES: EntityClass[] = [AuditLogEntity, ...ENTITIES];

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
    extra: options.embedded
      ? { max: 1, connectionTimeoutMillis: 15_000 }
      : { max: options.poolSize ?? 10, connectionTimeoutMillis: 30_000 },
    applicationName: 'thidua',
  } as DataSourceOptions;
}

export function createDataSource(options: DatabaseConnectionOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}
