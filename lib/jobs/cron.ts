// Cron helpers shared by the schedule tick (server) and the job form's live preview (browser).
import { parseExpression } from "cron-parser";
import cronstrue from "cronstrue";

/** Five fields, as pg-boss and crontab take them: minute hour day-of-month month day-of-week. */
export function hasFiveFields(expression: string): boolean {
  return expression.trim().split(/\s+/).length === 5;
}

/** Whether the browser and Node know this IANA timezone. */
export function isTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Why the expression cannot be used, or null when it can. */
export function cronProblem(expression: string, timezone = "UTC"): string | null {
  if (!hasFiveFields(expression)) {
    return "needs five fields: minute hour day-of-month month day-of-week";
  }
  if (!isTimezone(timezone)) return `${timezone} is not a known timezone`;
  try {
    parseExpression(expression.trim(), { tz: timezone });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : "is not a cron expression";
  }
}

/** "At 03:00 AM, only on Monday", or null for an expression that does not parse. */
export function describeCron(expression: string): string | null {
  if (cronProblem(expression) !== null) return null;
  try {
    return cronstrue.toString(expression.trim(), { use24HourTimeFormat: true });
  } catch {
    return null;
  }
}

/** The next `count` times the expression fires after `from`, in its timezone. */
export function nextRunTimes(expression: string, timezone: string, count: number, from: Date) {
  if (cronProblem(expression, timezone) !== null) return [];
  const interval = parseExpression(expression.trim(), { tz: timezone, currentDate: from });
  return Array.from({ length: count }, () => interval.next().toDate());
}

/** The latest time at or before `now` that the expression fired, in its timezone. */
export function lastFireTime(expression: string, timezone: string, now: Date): Date | null {
  if (cronProblem(expression, timezone) !== null) return null;
  // cron-parser's prev() is strictly before currentDate; a second later includes `now` itself.
  const interval = parseExpression(expression.trim(), {
    tz: timezone,
    currentDate: new Date(now.getTime() + 1000),
  });
  return interval.prev().toDate();
}
