import { countOf } from "@/lib/format/count";

/** "1 user", "3 users". */
export function usersCount(count: number): string {
  return countOf(count, "user");
}
