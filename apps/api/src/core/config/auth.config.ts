import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { defineConfig, parseBool } from './define-config';

class AuthEnv {
  @IsOptional()
  @IsInt({ message: 'SESSION_IDLE_MINUTES phải là số nguyên từ 5 đến 1440' })
  @Min(5, { message: 'SESSION_IDLE_MINUTES phải là số nguyên từ 5 đến 1440' })
  @Max(1440, { message: 'SESSION_IDLE_MINUTES phải là số nguyên từ 5 đến 1440' })
  SESSION_IDLE_MINUTES?: number;

  @IsOptional()
  @IsInt({ message: 'SESSION_MAX_HOURS phải là số nguyên từ 1 đến 72' })
  @Min(1, { message: 'SESSION_MAX_HOURS phải là số nguyên từ 1 đến 72' })
  @Max(72, { message: 'SESSION_MAX_HOURS phải là số nguyên từ 1 đến 72' })
  SESSION_MAX_HOURS?: number;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'COOKIE_SECURE phải là true hoặc false' })
  COOKIE_SECURE?: string;

  @IsOptional()
  @IsInt({ message: 'LOGIN_MAX_FAILURES phải là số nguyên từ 1 đến 100' })
  @Min(1, { message: 'LOGIN_MAX_FAILURES phải là số nguyên từ 1 đến 100' })
  @Max(100, { message: 'LOGIN_MAX_FAILURES phải là số nguyên từ 1 đến 100' })
  LOGIN_MAX_FAILURES?: number;

  @IsOptional()
  @IsInt({ message: 'LOGIN_MAX_ATTEMPTS_PER_IP phải là số nguyên từ 1 đến 10000' })
  @Min(1, { message: 'LOGIN_MAX_ATTEMPTS_PER_IP phải là số nguyên từ 1 đến 10000' })
  @Max(10000, { message: 'LOGIN_MAX_ATTEMPTS_PER_IP phải là số nguyên từ 1 đến 10000' })
  LOGIN_MAX_ATTEMPTS_PER_IP?: number;

  @IsOptional()
  @IsInt({ message: 'LOGIN_WINDOW_MINUTES phải là số nguyên từ 1 đến 1440' })
  @Min(1, { message: 'LOGIN_WINDOW_MINUTES phải là số nguyên từ 1 đến 1440' })
  @Max(1440, { message: 'LOGIN_WINDOW_MINUTES phải là số nguyên từ 1 đến 1440' })
  LOGIN_WINDOW_MINUTES?: number;
}

export const authConfig = defineConfig('auth', AuthEnv, (env) => ({
  cookieName: 'thidua_session',
  sessionIdleMinutes: env.SESSION_IDLE_MINUTES ?? 30,
  sessionMaxHours: env.SESSION_MAX_HOURS ?? 12,
  /** Secure cookies need HTTPS; on by default in production. */
  cookieSecure: parseBool(env.COOKIE_SECURE, process.env['NODE_ENV'] === 'production'),
  loginMaxFailures: env.LOGIN_MAX_FAILURES ?? 5,
  loginMaxAttemptsPerIp: env.LOGIN_MAX_ATTEMPTS_PER_IP ?? 50,
  loginWindowMinutes: env.LOGIN_WINDOW_MINUTES ?? 15,
}));

export type AuthConfig = ReturnType<typeof authConfig.load>;
