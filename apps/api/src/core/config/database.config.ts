import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { defineConfig, parseBool } from './define-config';

class DatabaseEnv {
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_URL phải có dạng postgres://người_dùng:mật_khẩu@máy:cổng/cơ_sở_dữ_liệu',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @IsInt({ message: 'PGLITE_PORT phải là số nguyên (0 = tự chọn cổng trống)' })
  @Min(0)
  @Max(65535)
  PGLITE_PORT?: number;

  @IsOptional()
  @IsInt({ message: 'DB_POOL_SIZE phải là số nguyên từ 1 đến 100' })
  @Min(1, { message: 'DB_POOL_SIZE phải là số nguyên từ 1 đến 100' })
  @Max(100, { message: 'DB_POOL_SIZE phải là số nguyên từ 1 đến 100' })
  DB_POOL_SIZE?: number;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'DEMO_DATA phải là true hoặc false' })
  DEMO_DATA?: string;

  @IsOptional()
  @IsString()
  BOOTSTRAP_ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  BOOTSTRAP_ADMIN_PASSWORD?: string;
}

export const databaseConfig = defineConfig('database', DatabaseEnv, (env) => ({
  /** A real PostgreSQL server; when absent the API runs an embedded PGlite. */
  url: env.DATABASE_URL,
  embedded: !env.DATABASE_URL,
  dataDir: env.DATA_DIR ?? '.data',
  pglitePort: env.PGLITE_PORT ?? 0,
  poolSize: env.DB_POOL_SIZE ?? 10,
  /** Demo units and accounts are loaded into an empty database: on by default only when embedded. */
  demoData: parseBool(env.DEMO_DATA, !env.DATABASE_URL),
  bootstrapAdmin:
    env.BOOTSTRAP_ADMIN_USERNAME && env.BOOTSTRAP_ADMIN_PASSWORD
      ? { username: env.BOOTSTRAP_ADMIN_USERNAME, password: env.BOOTSTRAP_ADMIN_PASSWORD }
      : undefined,
}));

export type DatabaseConfig = ReturnType<typeof databaseConfig.load>;
