// Every audit action name the code can write, read from the source rather than from a list someone
// keeps, so a new action cannot go without a sentence in the History (describe-entry.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SEARCHED = ["lib", "app"];
const SKIPPED_DIRS = new Set(["generated", "testing", "node_modules"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const read = (relative: string) => readFileSync(path.join(ROOT, relative), "utf8");
const matches = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => m[1] ?? "");

/** The names a template such as `policy.${action.type}` can take, from the code that feeds it. */
const TEMPLATES: Record<string, () => string[]> = {
  "policy.${action.type}": () => {
    const actions = read("lib/policy/plan/actions.ts");
    const union = /export type PolicyAction =([\s\S]*?)export type/.exec(actions);
    return matches(union?.[1] ?? "", /type: "([a-z_.]+)"/g).map((type) => `policy.${type}`);
  },
  // Only the bulk changes whose own case names its action with the template (lock and unlock);
  // the others name theirs outright, and are found as plain names.
  "user.${params.change}": () => {
    const code = read("lib/operations/user-bulk-change.ts");
    const branch =
      /((?:\s*case "[a-z_]+":)+)[\s\S]{0,200}?action: `user\.\$\{params\.change\}`/.exec(code);
    return matches(branch?.[1] ?? "", /case "([a-z_]+)":/g).map((change) => `user.${change}`);
  },
};

export type FoundActionNames = {
  names: string[];
  /** Template action names this file cannot expand yet: add them to TEMPLATES. */
  unexpanded: string[];
};

/**
 * The names of (1) every defineAction that mutates (a read writes no entry; a read that audits
 * through a helper names its action as below), (2) every `action: "x.y"` given to runAudited or a
 * helper that passes it on, (3) template names expanded from their sources, and (4) the dotted
 * strings of files whose runAudited takes its action from a variable (account-recheck.ts passes
 * "console.account_barred" through a parameter).
 */
export function findAuditActionNames(): FoundActionNames {
  const names = new Set<string>();
  const unexpanded: string[] = [];
  for (const file of SEARCHED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    const text = readFileSync(file, "utf8");
    if (text.includes("defineAction({") && /mutates: true/.test(text))
      matches(text, /\bname: "([a-z_]+\.[a-z_.]+)"/g).forEach((name) => names.add(name));
    matches(text, /\baction: "([a-z_]+\.[a-z_.]+)"/g).forEach((name) => names.add(name));
    for (const template of matches(text, /\baction: `([^`]*)`/g)) {
      const expand = TEMPLATES[template];
      if (expand) expand().forEach((name) => names.add(name));
      else unexpanded.push(`${path.relative(ROOT, file)}: ${template}`);
    }
    const passesNameOn =
      text.includes("runAudited(") &&
      /[{,]\s*action\s*[,}]|\baction: [a-z][\w.]*\s*[,}]/.test(text);
    if (passesNameOn) matches(text, /"([a-z_]+\.[a-z_]+)"/g).forEach((name) => names.add(name));
  }
  return { names: [...names].sort(), unexpanded };
}
