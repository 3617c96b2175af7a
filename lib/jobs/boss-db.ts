import pg from "pg";

/** What pg-boss needs of a database, on a pool of our own so a test can cut it off. */
export type BossDb = {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /**
   * Closes the pool. pg-boss may still send a query after its stop() resolved (a timer that was
   * already running); that one is answered empty rather than rejected with nobody to catch it.
   */
  close(): Promise<void>;
  /**
   * Makes every later query a silent no-op and drops the pool, as if the process had died:
   * pg-boss can neither complete nor fail the jobs it holds, so they stay active until expiry.
   */
  sever(): Promise<void>;
};

export function createBossDb(connectionString: string, max = 4): BossDb {
  const pool = new pg.Pool({ connectionString, max, application_name: "synapse-console-jobs" });
  // An idle client dropped by the server must not crash the process; pg-boss reconnects on use.
  pool.on("error", (error) => console.error("[jobs] database connection lost", error.message));
  let closed = false;
  const close = async () => {
    closed = true;
    if (!pool.ending) await pool.end();
  };
  return {
    async executeSql(text, values) {
      // The shape pg-boss reads back from complete/fail, which it still calls while stopping.
      if (closed) return { rows: [{ count: 0 }] };
      return pool.query(text, values);
    },
    close,
    sever: close,
  };
}
