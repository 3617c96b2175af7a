import { visit } from "jsonc-parser";
import type { JsonPath, Position } from "./text-positions";

/** The wanted paths as a tree, each place filled in with where its key and value stand. */
type Spot = { children?: Map<string | number, Spot>; key?: Position; value?: Position };
type Frame = {
  spot: Spot | undefined;
  part: string | number | undefined;
  isArray: boolean;
  index: number;
  next?: Spot;
  key?: string;
};

export type JsonScan = {
  /** Where the path's key or value stands; a missing one, where its nearest ancestor does. */
  locate(path: JsonPath, at: "key" | "value"): Position;
  /** Keys written twice in one object (JSON readers keep the last, silently). */
  duplicateKeys: { path: JsonPath; position: Position }[];
};

/**
 * One pass over a text that JSON.parse accepted: finds where the given paths stand and which
 * keys are written twice, without building a tree of the document (a tree of a large policy
 * costs seconds and most of its memory).
 */
export function scanJson(text: string, wanted: readonly JsonPath[]): JsonScan {
  const root: Spot = {};
  for (const path of wanted) {
    let spot = root;
    for (const part of path) {
      spot.children ??= new Map();
      const child = spot.children.get(part) ?? {};
      spot.children.set(part, child);
      spot = child;
    }
  }
  const frames: Frame[] = [];
  const keysByDepth: Set<string>[] = [];
  const duplicateKeys: JsonScan["duplicateKeys"] = [];
  const at = (line: number, character: number): Position => ({
    line: line + 1,
    column: character + 1,
  });

  /** The value starting here: which wanted place it is, if any, and how its parent reaches it. */
  const startValue = (line: number, character: number, isArray: boolean | null) => {
    const parent = frames.at(-1);
    let spot: Spot | undefined = root;
    let part: string | number | undefined;
    if (parent?.isArray) {
      part = parent.index++;
      spot = parent.spot?.children?.get(part);
    } else if (parent) {
      part = parent.key;
      spot = parent.next;
    }
    if (spot) spot.value = at(line, character);
    if (isArray !== null) frames.push({ spot, part, isArray, index: 0 });
  };
  const pathHere = () => frames.slice(1).map((frame) => frame.part as string | number);

  visit(
    text,
    {
      onObjectBegin(_offset, _length, line, character) {
        startValue(line, character, false);
        (keysByDepth[frames.length] ??= new Set()).clear();
      },
      onObjectProperty(property, _offset, _length, line, character) {
        const frame = frames.at(-1);
        const keys = keysByDepth[frames.length];
        if (!frame || !keys) return;
        if (keys.has(property))
          duplicateKeys.push({ path: [...pathHere(), property], position: at(line, character) });
        keys.add(property);
        frame.key = property;
        frame.next = frame.spot?.children?.get(property);
        if (frame.next) frame.next.key = at(line, character);
      },
      onObjectEnd: () => void frames.pop(),
      onArrayBegin: (_offset, _length, line, character) => startValue(line, character, true),
      onArrayEnd: () => void frames.pop(),
      onLiteralValue: (_value, _offset, _length, line, character) =>
        startValue(line, character, null),
    },
    { disallowComments: true },
  );

  return {
    duplicateKeys,
    locate(path, where) {
      let spot: Spot | undefined = root;
      let found = root.value ?? { line: 1, column: 1 };
      for (const part of path) {
        spot = spot?.children?.get(part);
        if (!spot?.value) return found;
        found = spot.value;
      }
      return where === "key" && spot?.key ? spot.key : found;
    },
  };
}
