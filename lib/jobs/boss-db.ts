import pg from "pg";

/** What pg-boss needs of a database, on a pool of our own so a test can cut it off. */
export type BossDb = {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /**
   * Drops the pool: every later query is a silent no-op. pg-boss still sends some after its stop()
   * resolved (a timer already running), and a killed worker's complete/fail must not land, as if
   * the process had died, so its jobs stay active until expiry.
   */
  close(): Promise<void>;
};

export function createBossDb(connectionString: string, max = 4): BossDb {
  const pool = new pg.Pool({ connectionString, max, application_name: "synapse-console-jobs" });
  // An idle client dropped by the server must not crash the process; pg-boss reconnects on use.
  pool.on("error", (error) => console.error("[jobs] database connection lost", error.message));
  return {
    async executeSql(text, values) {
      // The shape pg-boss reads back from complete/fail, which it still calls while stopping.
      if (pool.ending) return { rows: [{ count: 0 }] };
      return pool.query(text, values);
    },
    async close() {
      if (!pool.ending) await pool.end();
    },
  };
}
