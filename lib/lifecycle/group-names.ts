/** The names of the policy's groups, for choosers; none when the text is not a readable policy. */
export function groupNamesOf(content: string | null): string[] {
  if (!content) return [];
  try {
    const groups = (JSON.parse(content) as { groups?: unknown }).groups;
    if (!Array.isArray(groups)) return [];
    return groups.flatMap((group: unknown) => {
      const name = (group as { name?: unknown } | null)?.name;
      return typeof name === "string" ? [name] : [];
    });
  } catch {
    return [];
  }
}
