import type { GeneratedSecrets } from "../console/generated-secrets";
import { setUpConsoleDatabase, type ConsoleDatabaseUrls } from "./database-roles";
import {
  DEFAULT_EMBEDDED_PORT,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "./embedded-postgres";

type DatabaseSecrets = Pick<
  GeneratedSecrets,
  "POSTGRES_PASSWORD" | "POSTGRES_OWNER_PASSWORD" | "POSTGRES_APP_PASSWORD"
>;

type StartServer = (options: {
  dataDir: string;
  port: number;
  password: string;
}) => Promise<RunningPostgres>;

export type EmbeddedConsoleDatabase = ConsoleDatabaseUrls & { stop(): Promise<void> };

/**
 * The embedded PostgreSQL as `npm start` runs it: the superuser's password and the owner and app
 * roles' passwords come from the generated secrets (a data dir still on the old `postgres`
 * password gets the new one), and the console's database is owned by the owner role.
 */
export async function startEmbeddedConsoleDatabase(options: {
  dataDir: string;
  port?: number;
  secrets: DatabaseSecrets;
  database?: string;
  /** In this process by default; tests start it in a child process. */
  startServer?: StartServer;
}): Promise<EmbeddedConsoleDatabase> {
  const start = options.startServer ?? startEmbeddedPostgres;
  const server = await start({
    dataDir: options.dataDir,
    port: options.port ?? DEFAULT_EMBEDDED_PORT,
    password: options.secrets.POSTGRES_PASSWORD,
  });
  try {
    const urls = await setUpConsoleDatabase(
      server.serverUrl,
      options.database ?? "synapse_console",
      {
        owner: options.secrets.POSTGRES_OWNER_PASSWORD,
        app: options.secrets.POSTGRES_APP_PASSWORD,
      },
    );
    return { ...urls, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
