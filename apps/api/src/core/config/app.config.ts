import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { defineConfig, parseBool } from './define-config';

class AppEnv {
  @IsOptional()
  @IsIn(['development', 'production', 'test'], {
    message: 'NODE_ENV phải là development, production hoặc test',
  })
  NODE_ENV?: string;

  @IsOptional()
  @IsInt({ message: 'PORT phải là số nguyên' })
  @Min(0, { message: 'PORT phải từ 0 đến 65535' })
  @Max(65535, { message: 'PORT phải từ 0 đến 65535' })
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL phải là một trong fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL?: string;

  @IsOptional()
  @IsIn(['json', 'pretty'], { message: 'LOG_FORMAT phải là json hoặc pretty' })
  LOG_FORMAT?: string;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'TRUST_PROXY phải là true hoặc false' })
  TRUST_PROXY?: string;
}

export const appConfig = defineConfig('app', AppEnv, (env) => {
  const nodeEnv = (env.NODE_ENV ?? 'development') as 'development' | 'production' | 'test';
  return {
    nodeEnv,
    production: nodeEnv === 'production',
    port: env.PORT ?? 3000,
    host: env.HOST ?? '127.0.0.1',
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    /** null: readable lines when stdout is a terminal, JSON otherwise (docker, systemd, files). */
    logFormat: (env.LOG_FORMAT ?? null) as 'json' | 'pretty' | null,
    webDistDir: env.WEB_DIST_DIR ?? 'dist/apps/web',
    trustProxy: parseBool(env.TRUST_PROXY, false),
  };
});

export type AppConfig = ReturnType<typeof appConfig.load>;
