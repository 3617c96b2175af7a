export type JsonPath = (string | number)[];
export type Position = { line: number; column: number };

/** Turns character offsets into 1-based line and column, in UTF-16 units as editors count them. */
export function positionFinder(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    lineStarts.push(index + 1);
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

/** `users[2].joinedRooms[0].roomId`, the way people read a JSON path. */
export function pathText(path: JsonPath): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join("");
}
