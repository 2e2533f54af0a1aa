import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The PGlite instance itself, for the backup tools (pg_dump compiled to WebAssembly talks to it directly). */
export interface EmbeddedDatabase {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface EmbeddedPostgres {
  url: string;
  db: EmbeddedDatabase;
  /** The database files as one tarball, to start identical copies (`loadDataDir`). */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the database files; undefined = in memory (tests). */
  dataDir?: string;
  port?: number;
  /** Connections the socket server accepts; PGlite serialises them onto one session. */
  maxConnections?: number;
  /** Open the database without serving it on a port (the backup and restore commands). */
  noServer?: boolean;
  /**
   * Start from these database files (another instance's `dumpDataDir`): the integration tests migrate
   * one template and give every Jest worker a copy of it.
   */
  loadDataDir?: Blob;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One process per data folder: a second PGlite on the same files would corrupt them. */
function acquireLock(dir: string): () => void {
  const lockFile = join(dir, 'thidua.lock');
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `Thư mục dữ liệu ${dir} đang được tiến trình ${pid} sử dụng. Hãy dừng tiến trình đó, ` +
          'hoặc đặt DATA_DIR khác, hoặc dùng DATABASE_URL.',
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

/**
 * PostgreSQL 18 compiled to WebAssembly (PGlite), served on a loopback port by pglite-socket so the
 * application talks to it with the ordinary `pg` driver, exactly as it talks to a real server.
 * Dynamic imports: both packages are ESM-only.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const [{ ltree }, { pg_trgm }, { unaccent }, { citext }, { uuid_ossp }] = await Promise.all([
    import('@electric-sql/pglite/contrib/ltree'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/citext'),
    import('@electric-sql/pglite/contrib/uuid_ossp'),
  ]);

  let release = (): void => undefined;
  let dataDir: string | undefined;
  if (options.dataDir) {
    const root = resolve(options.dataDir);
    mkdirSync(root, { recursive: true });
    release = acquireLock(root);
    dataDir = join(root, 'pglite');
  }

  // The same extensions must be registered every time a data folder is reopened.
  const db = await PGlite.create({
    dataDir,
    extensions: { ltree, pg_trgm, unaccent, citext, uuid_ossp },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const dumpDataDir = () => db.dumpDataDir('none');
  if (options.noServer) {
    return {
      url: '',
      db,
      dumpDataDir,
      async stop() {
        await db.close();
        release();
      },
    };
  }
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 10,
  });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(':').pop());

  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    db,
    dumpDataDir,
    async stop() {
      await server.stop();
      await db.close();
      release();
    },
  };
}
