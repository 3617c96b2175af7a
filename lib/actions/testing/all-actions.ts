import { readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { ActionDefinition } from "../define-action";

export type RegisteredAction = {
  /** The file under lib/actions, such as "set-user-locked.ts". */
  file: string;
  exportName: string;
  definition: ActionDefinition<z.ZodType, unknown, unknown>;
};

const ACTIONS_DIR = path.resolve(import.meta.dirname, "..");

const isActionFile = (name: string) =>
  name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts");

const hasDefinition = (
  value: unknown,
): value is { definition: ActionDefinition<z.ZodType, unknown, unknown> } =>
  typeof value === "function" && "definition" in value;

/**
 * Every server action in lib/actions, found by reading the folder rather than from a list someone
 * keeps, so tests that must cover every action cannot miss a new one. Import it only after the test
 * environment is prepared: the action modules read the environment when loaded.
 */
export async function loadAllActions(): Promise<RegisteredAction[]> {
  const files = readdirSync(ACTIONS_DIR).filter(isActionFile).sort();
  const found: RegisteredAction[] = [];
  for (const file of files) {
    const exported = (await import(path.join(ACTIONS_DIR, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(exported)) {
      if (hasDefinition(value)) found.push({ file, exportName, definition: value.definition });
    }
  }
  return found;
}
