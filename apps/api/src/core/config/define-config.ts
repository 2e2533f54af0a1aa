import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface ConfigDefinition<T> {
  /** Nest injection token. */
  readonly KEY: string;
  /** Reads and validates the environment; throws ConfigError naming every wrong variable. */
  load(env?: NodeJS.ProcessEnv): T;
}

export type ConfigOf<D> = D extends ConfigDefinition<infer T> ? T : never;

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((message) => `${e.property}: ${message}`),
  );
}

/**
 * One configuration concern. `Env` is a class whose properties are the environment variable names,
 * annotated with class-validator rules (messages in Vietnamese); `map` turns it into typed config.
 */
export function defineConfig<E extends object, T>(
  key: string,
  Env: new () => E,
  map: (env: E) => T,
): ConfigDefinition<T> {
  return {
    KEY: `config:${key}`,
    load(env = process.env) {
      const raw = Object.fromEntries(
        Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
      );
      const instance = plainToInstance(Env, raw, { enableImplicitConversion: true });
      const errors = validateSync(instance, { whitelist: false, forbidUnknownValues: false });
      if (errors.length > 0) throw new ConfigError(describe(errors));
      return map(instance);
    },
  };
}

/** "true"/"1"/"yes" → true, "false"/"0"/"no" → false, anything else → fallback. */
export function parseBool(value: string | boolean | undefined, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === undefined) return fallback;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return fallback;
}
