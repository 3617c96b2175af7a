/**
 * `compute` asked once per key for a run's life (a file names the same few rooms on many lines);
 * a failed answer is forgotten, so the next row asks again rather than inheriting a blip.
 */
export function oncePerKey<T>(compute: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const known = new Map<string, Promise<T>>();
  return (key) => {
    let answer = known.get(key);
    if (!answer) {
      answer = compute(key);
      answer.catch(() => known.delete(key));
      known.set(key, answer);
    }
    return answer;
  };
}
