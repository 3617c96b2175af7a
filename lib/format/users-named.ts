/** Who a sentence is about: up to three Matrix IDs by name, more as a count ("12 users"). */
export function usersNamed(userIds: readonly string[]): string {
  return userIds.length > 3 ? `${userIds.length} users` : userIds.join(", ");
}
