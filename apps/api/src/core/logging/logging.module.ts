import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { appConfig, type AppConfig } from '../config/app.config';
import { AppLogger, createRootLogger } from './logger';
import { requestLog } from './request-log';

/** The process's pino logger (inject with `@Inject(ROOT_LOGGER)`). */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
/** Express middleware: one line per request with its id, status and time (health checks are not logged). */
export const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/**
 * Logs through one pino logger: JSON in production and under collectors, readable lines on a terminal.
 * Not nestjs-pino (it asks for Node 22.12, we support 20.19, and adds an AsyncLocalStorage scope to
 * every request that nothing here reads), and not pino-http either (see `request-log.ts`).
 */
@Global()
@Module({
  providers: [
    {
      provide: ROOT_LOGGER,
      inject: [appConfig.KEY],
      useFactory: (config: AppConfig): Logger =>
        createRootLogger({ level: config.logLevel, format: config.logFormat }),
    },
    {
      provide: AppLogger,
      inject: [ROOT_LOGGER],
      useFactory: (logger: Logger) => new AppLogger(logger),
    },
    {
      provide: HTTP_LOGGER,
      inject: [ROOT_LOGGER],
      useFactory: (logger: Logger) => requestLog(logger),
    },
  ],
  exports: [ROOT_LOGGER, AppLogger, HTTP_LOGGER],
})
export class LoggingModule {}
