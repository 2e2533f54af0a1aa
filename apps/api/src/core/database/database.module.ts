import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type DatabaseConnectionOptions } from './data-source';
import { TransactionRunner } from './transaction';

/** The one DataSource; the URL is resolved before boot (a real server, or the embedded PGlite). */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseConnectionOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(options), autoLoadEntities: false })],
      providers: [TransactionRunner],
      exports: [TransactionRunner],
    };
  }
}
