// How a benchmark script runs: whatever happens (a missed target, an error, Ctrl-C), what it
// started is stopped, last first; the exit code says 0 every target met, 1 one missed, 2 an error.

export type Stop = () => Promise<void> | void;

/** Runs the stops last first, each once, going on past one that fails. */
export async function stopInReverse(stops: Stop[]) {
  for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => undefined);
  stops.length = 0;
}

export function runBench(main: () => Promise<boolean>, stops: Stop[]) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void stopInReverse(stops).finally(() => process.exit(130));
    });
  }
  main()
    .then(async (passed) => {
      await stopInReverse(stops);
      process.exit(passed ? 0 : 1);
    })
    .catch(async (error: unknown) => {
      console.error(error);
      await stopInReverse(stops);
      process.exit(2);
    });
}
