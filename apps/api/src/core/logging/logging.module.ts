import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { appConfig, type AppConfig } from '../config/app.config';
import { AppLogger, createRootLogger } from './logger';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** A caller's X-Request-Id is kept when it is sane; otherwise we mint one. Echoed in the response. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The process's pino logger (inject with `@Inject(ROOT_LOGGER)`). */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
/** Express middleware: one line per request with its id, status and time (health checks are not logged). */
export const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/**
 * Logs through one pino logger: JSON in production and under collectors, readable lines on a terminal.
 * We use pino-http directly rather than nestjs-pino: the wrapper asks for Node 22.12 (we support 20.19)
 * and adds an AsyncLocalStorage scope to every request that nothing here reads.
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
      useFactory: (logger: Logger): HttpLogger =>
        pinoHttp({
          logger,
          genReqId: requestId,
          autoLogging: {
            ignore: (req: IncomingMessage) => req.url?.startsWith('/api/health') ?? false,
          },
        }),
    },
  ],
  exports: [ROOT_LOGGER, AppLogger, HTTP_LOGGER],
})
export class LoggingModule {}
