import { findNodeAtLocation, type Node } from "jsonc-parser";

export type JsonPath = (string | number)[];
export type Position = { line: number; column: number };

/** Turns character offsets into 1-based line and column, in UTF-16 units as editors count them. */
export function positionFinder(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === "\n") lineStarts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

/**
 * Where a problem at `path` shows: the value there, or its key when `at` is "key"; a missing
 * field points at the nearest object or list that exists, so a missing `active` marks the user.
 */
export function offsetOf(
  root: Node | undefined,
  path: JsonPath,
  at: "value" | "key" = "value",
): number {
  if (!root) return 0;
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (!node) continue;
    const keyNode = node.parent?.type === "property" ? node.parent.children?.[0] : undefined;
    return at === "key" && length === path.length && keyNode ? keyNode.offset : node.offset;
  }
  return root.offset;
}

/** `users[2].joinedRooms[0].roomId`, the way people read a JSON path. */
export function pathText(path: JsonPath): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join("");
}
