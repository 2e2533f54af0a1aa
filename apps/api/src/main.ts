import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { appConfig } from './core/config/app.config';
import { loadAllConfig } from './core/config/config.module';
import { databaseConfig } from './core/config/database.config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './core/database/embedded-postgres';
import { createApp } from './app.factory';
import { BootService } from './seeds/boot.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seeds/demo-province';

function print(lines: string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function bootstrap(): Promise<void> {
  // Variables already set in the environment win over the .env file.
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    loadAllConfig();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
  const app = appConfig.load();
  const db = databaseConfig.load();

  let embedded: EmbeddedPostgres | undefined;
  let url = db.url;
  if (!url) {
    print([`Khởi động PostgreSQL nhúng (PGlite), dữ liệu tại ${db.dataDir}/ …`]);
    embedded = await startEmbeddedPostgres({ dataDir: db.dataDir, port: db.pglitePort });
    url = embedded.url;
  }

  const { app: server, spaServed } = await createApp({
    url,
    poolSize: db.poolSize,
    embedded: !!embedded,
  });
  const stopEmbedded = async () => {
    await embedded?.stop();
  };
  process.once(
    'SIGINT',
    () =>
      void server
        .close()
        .then(stopEmbedded)
        .then(() => process.exit(0)),
  );
  process.once(
    'SIGTERM',
    () =>
      void server
        .close()
        .then(stopEmbedded)
        .then(() => process.exit(0)),
  );

  await server.listen(app.port, app.host);
  const shown = app.host === '0.0.0.0' || app.host === '::' ? 'localhost' : app.host;
  const address = `http://${shown}:${app.port}`;
  const boot = server.get(BootService);
  const lines = [
    '',
    `thidua đang chạy tại ${address}`,
    `  Giao diện:   ${spaServed ? address : '(chưa build giao diện: chạy "npx nx run web:build")'}`,
    `  GraphQL:     ${address}/graphql   (lược đồ: apps/api/schema.gql)`,
    `  REST:        ${address}/api/docs`,
    `  Cơ sở dữ liệu: ${embedded ? `PGlite nhúng (${db.dataDir}/)` : 'PostgreSQL theo DATABASE_URL'}`,
  ];
  if (boot.demoEnabled) {
    lines.push('', `Tài khoản dùng thử (mật khẩu: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.username.padEnd(14)} ${a.description}`);
  }
  print([...lines, '']);
}

void bootstrap().catch((e: unknown) => {
  process.stderr.write(`Không khởi động được thidua: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
