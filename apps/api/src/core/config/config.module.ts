import { Global, Module, type Provider } from '@nestjs/common';
import { appConfig } from './app.config';
import { authConfig } from './auth.config';
import { databaseConfig } from './database.config';
import { graphqlConfig } from './graphql.config';
import { jobsConfig } from './jobs.config';
import { pdfConfig } from './pdf.config';

export const CONFIGS = [
  appConfig,
  databaseConfig,
  authConfig,
  graphqlConfig,
  jobsConfig,
  pdfConfig,
] as const;

/** Validates every concern at once so a bad boot names all wrong variables together. */
export function loadAllConfig(env: NodeJS.ProcessEnv = process.env): void {
  const problems: string[] = [];
  for (const def of CONFIGS) {
    try {
      def.load(env);
    } catch (e) {
      if (e instanceof Error && 'problems' in e)
        problems.push(...(e as { problems: string[] }).problems);
      else throw e;
    }
  }
  if (problems.length > 0) {
    throw new Error(`Cấu hình không hợp lệ:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const providers: Provider[] = CONFIGS.map((def) => ({
  provide: def.KEY,
  useFactory: () => def.load(),
}));

@Global()
@Module({ providers, exports: providers })
export class ConfigModule {}
