import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { RequestHandler } from 'express';
import { AppModule } from './app.module';
import { appConfig } from './core/config/app.config';
import type { DatabaseConnectionOptions } from './core/database/data-source';
import { HealthModule } from './core/health/health.module';
import { GraphqlEndpoint } from './core/graphql/graphql-endpoint';
import { AppLogger } from './core/logging/logger';
import { HTTP_LOGGER } from './core/logging/logging.module';
import { securityHeaders } from './core/web/security-headers';
import { createValidationPipe } from './core/validation/validation.pipe';
import { spaHandler } from './core/web/spa-static';

/**
 * Serves the built SPA at / (core/web/spa-static.ts): precompressed, hashed assets immutable,
 * index.html `no-cache` and as the fallback for client-side routes, no source maps.
 */
function serveSpa(app: NestExpressApplication, dir: string): boolean {
  const handler = spaHandler(dir);
  if (handler) app.use(handler);
  return handler !== null;
}

function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('thidua REST API')
    .setDescription(
      'Các điểm cuối REST của thidua: kiểm tra sức khỏe, tệp. Mọi nghiệp vụ dùng GraphQL tại /graphql ' +
        '(lược đồ: apps/api/schema.gql). Xác thực: cookie phiên hoặc "Authorization: Bearer <khóa ứng dụng>".',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, { include: [HealthModule] });
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

export interface CreatedApp {
  app: NestExpressApplication;
  spaServed: boolean;
}

/** Builds the whole HTTP application; `main.ts` and the integration tests share it. */
export async function createApp(database: DatabaseConnectionOptions): Promise<CreatedApp> {
  const config = appConfig.load();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(database), {
    bufferLogs: true,
  });
  app.useLogger(app.get(AppLogger));
  app.set('trust proxy', config.trustProxy);
  const first: RequestHandler[] = [app.get(HTTP_LOGGER), securityHeaders(), cookieParser()];
  for (const middleware of first) app.use(middleware);
  // GraphQL before Nest's parsers and REST routes, and a JSON POST before Express itself
  // (core/graphql/graphql-endpoint.ts)
  const graphql = app.get(GraphqlEndpoint);
  app.use('/graphql', graphql.middleware);
  graphql.serveFirst(app.getHttpServer(), app.getHttpAdapter().getInstance(), first);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setupOpenApi(app);
  const spaServed = serveSpa(app, resolve(config.webDistDir));
  return { app, spaServed };
}
