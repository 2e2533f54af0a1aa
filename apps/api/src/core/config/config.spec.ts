import { appConfig } from './app.config';
import { loadAllConfig } from './config.module';
import { databaseConfig } from './database.config';

describe('configuration', () => {
  it('uses safe defaults', () => {
    const app = appConfig.load({});
    expect(app.port).toBe(3000);
    expect(app.production).toBe(false);
    const db = databaseConfig.load({});
    expect(db.embedded).toBe(true);
    expect(db.demoData).toBe(true);
  });

  it('a real DATABASE_URL switches off the embedded database and demo data', () => {
    const db = databaseConfig.load({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/thidua' });
    expect(db.embedded).toBe(false);
    expect(db.demoData).toBe(false);
  });

  it('names every wrong variable in one message', () => {
    expect(() =>
      loadAllConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
    ).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
    // Not try { …; fail() }: Jest 30 has no fail(); the ReferenceError landed in the catch as "the error".
    expect(() => loadAllConfig({ PORT: '70000', DB_POOL_SIZE: '0' })).toThrow(
      /PORT[\s\S]*DB_POOL_SIZE|DB_POOL_SIZE[\s\S]*PORT/,
    );
  });
});
