/** "1 user", "3 users". */
export function usersCount(count: number): string {
  return `${count} ${count === 1 ? "user" : "users"}`;
}
