import { randomBytes } from "node:crypto";
import { requireEnv } from "@/lib/testing/integration-env";
import { setUpConsoleDatabase, type ConsoleDatabaseUrls } from "../database-roles";
import { prepareDatabase } from "../prepare-database";
import { databaseUrl } from "../scratch-database";
import { queryOnce } from "../test-project";

const passwordOf = (url: string) => decodeURIComponent(new URL(url).password);

export type FreshConsoleDatabase = ConsoleDatabaseUrls & {
  /** The test server's superuser on this database: it may disable triggers. */
  superuserUrl: string;
  drop(): Promise<void>;
};

/**
 * A new console database as a deployment's first start leaves it: owned by the owner role, with
 * the roles' passwords the test rig gave them, migrated (unless `migrate` is false) and granted.
 */
export async function freshConsoleDatabase(
  prefix: string,
  { migrate = true } = {},
): Promise<FreshConsoleDatabase> {
  const superuser = requireEnv("TEST_POSTGRES_SUPERUSER_URL");
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const urls = await setUpConsoleDatabase(superuser, name, {
    owner: passwordOf(requireEnv("DATABASE_OWNER_URL")),
    app: passwordOf(requireEnv("DATABASE_URL")),
  });
  if (migrate) await prepareDatabase(urls, () => undefined);
  return {
    ...urls,
    superuserUrl: databaseUrl(superuser, name),
    drop: async () => {
      await queryOnce(databaseUrl(superuser, "postgres"), `DROP DATABASE "${name}" WITH (FORCE)`);
    },
  };
}
