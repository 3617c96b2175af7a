import "server-only";
import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/actions/action-result";
import { toActionFailure } from "@/lib/actions/to-action-failure";
import { hasRole, type Role } from "@/lib/auth/roles";
import type { RuleActor, UserEffect } from "@/lib/auth/user-target-access";
import { findUserRefusals } from "@/lib/auth/user-target-refusals";
import { recordChanges } from "@/lib/audit/changes";
import { runAudited } from "@/lib/audit/run-audited";
import { db } from "@/lib/db";
import { withPatience } from "@/lib/devices/patience";
import type { JobContext, RunItem } from "@/lib/jobs/job-kind";
import { recordCreatedUser } from "@/lib/operations/create-user";
import { refusedJoinRule, roomJoinRefusal } from "@/lib/operations/room-join-access";
import { findRolesOf } from "@/lib/data/target-roles";
import type { UserImportParams } from "@/lib/schemas/user-import";
import { isSynapseError, mapWithConcurrency, type SynapseClient } from "@/lib/synapse";
import { classifyImportRow, type ConflictMode, type RowPlan } from "./classify-import-row";
import {
  forgetGivenPassword,
  forgetGivenPasswords,
  forgetPassword,
  passwordForRow,
} from "./import-secrets";
import { importRowsOf, invalidRowsOf, lineKey, outcomeOf } from "./stored-import";
import type { ImportRow } from "./import-rows";
import { oncePerKey } from "./once-per-key";
import { roomLookup } from "./room-lookup";

/** Rows at a time: enough to keep Synapse busy, few enough to leave it room for people. */
export const IMPORT_CONCURRENCY = 8;

type Tally = Record<string, number>;

type Run = {
  synapse: SynapseClient;
  importId: string;
  mode: ConflictMode;
  context: JobContext;
  /**
   * The room's join rule when the importer may not join people to it (else null), read once per
   * run: a file joins thousands of rows to the same few rooms.
   */
  refusedJoinRuleOf: (room: string) => Promise<string | null>;
};

/**
 * A run of an import, each row one item. The dry run records each row's verdict and reason and
 * changes nothing. The import reads each row again (the server may have changed since the dry
 * run), then creates, updates or leaves it as its verdict and the conflict mode say, each change
 * audited with the job as actor; rooms are joined once the account exists. In the "stop" mode a
 * conflict found now stops the run (resumable once settled). A resumed run skips recorded rows.
 */
export async function runUserImport(
  synapse: SynapseClient,
  params: UserImportParams,
  context: JobContext,
) {
  const stored = await db.userImport.findUniqueOrThrow({ where: { id: params.importId } });
  const rows = importRowsOf(stored);
  const invalid = invalidRowsOf(stored);
  await context.setTotal(rows.length + invalid.length);
  const done = await context.doneKeys();
  const tally: Tally = {};
  const count = (verdict: string) => (tally[verdict] = (tally[verdict] ?? 0) + 1);
  const unread = invalid.filter((row) => !done.has(lineKey(row.line)));
  if (unread.length > 0) {
    await context.recordItems(
      unread.map((row) => ({
        key: lineKey(row.line),
        // Not imported, so a failed item of the import; the dry run read it as it should.
        ok: params.dryRun,
        detail: { userId: row.user, verdict: "invalid", reason: row.reason },
        ...(params.dryRun ? {} : { error: row.reason }),
      })),
    );
    unread.forEach(() => count("invalid"));
  }
  const asker = await importerNow(stored);
  const run: Run = {
    synapse,
    importId: stored.id,
    mode: stored.conflictMode as ConflictMode,
    context,
    refusedJoinRuleOf: oncePerKey((room) => refusedJoinRule(synapse, asker, room)),
  };
  const lookUpRoom = roomLookup(synapse);
  const mayMakeAdmins = hasRole(asker.role, "admin");
  let stop: ActionError | null = null;
  const settled = await mapWithConcurrency(
    rows.filter((row) => !done.has(lineKey(row.line))),
    IMPORT_CONCURRENCY,
    async (row) => {
      if (stop) return;
      const plan = await withPatience(
        () => classifyImportRow(synapse, row, { mode: run.mode, lookUpRoom, mayMakeAdmins }),
        context.signal,
        { onWait: context.setWaiting },
      ).then((classified) => withAccessRules(run, asker, row, classified));
      if (!params.dryRun && plan.verdict === "conflict" && run.mode === "stop") {
        stop ??= new ActionError(
          `Line ${row.line}: ${row.userId} ${plan.reason}. The import stopped there (conflict mode "stop"); settle it, or choose skip or update, and resume the run.`,
        );
        return;
      }
      const item = params.dryRun ? verdictItem(row, plan) : await applyRow(run, row, plan);
      count(outcomeOf(item));
      await context.recordItem(item);
    },
    { signal: context.signal },
  );
  if (stop) throw stop;
  // A row left unrecorded (Synapse gone for too long, a database error, a cancel) fails the run,
  // which is then resumed from the rows it recorded; its given passwords are kept until then.
  const unfinished = settled.find((outcome) => !outcome.ok);
  if (unfinished && !unfinished.ok) throw unfinished.error;
  if (!params.dryRun && !context.signal.aborted) await forgetGivenPasswords(stored.id);
  return { dryRun: params.dryRun, rows: rows.length + invalid.length, ...tally };
}

/**
 * Who the import acts for, with the lower of the role they started it with and the role they have
 * now: someone demoted since the dry run does not keep the higher role's reach.
 */
async function importerNow(stored: {
  createdBy: string;
  createdByRole: Role;
}): Promise<RuleActor & { role: Role }> {
  const now = (await findRolesOf([stored.createdBy])).get(stored.createdBy);
  if (!now || !hasRole(now, "operator")) {
    throw new ActionError(
      `${stored.createdBy}, who started this import, no longer has the operator role.`,
    );
  }
  const role = hasRole(now, stored.createdByRole) ? stored.createdByRole : now;
  return { id: stored.createdBy, role };
}

/** What a row's update does to an account, for the rule of user-target-access.ts. */
function effectsOf(plan: RowPlan): UserEffect[] {
  const effects: UserEffect[] = ["change"];
  if (plan.fields.admin === false) effects.push("demote");
  if (plan.fields.threepids) effects.push("change_identities");
  return effects;
}

/**
 * The rules for what the row would do, applied with the importer's role: the rule of
 * user-target-access.ts for each effect of an update of an existing account (a demotion, a new
 * email), and, below admin, only public rooms may be joined (lib/operations/room-join-access.ts,
 * since the importer can set the new account's password). A refused row is invalid, with the
 * reason.
 */
async function withAccessRules(
  run: Run,
  asker: RuleActor,
  row: ImportRow,
  plan: RowPlan,
): Promise<RowPlan> {
  const refuse = (reason: string): RowPlan => ({ ...plan, verdict: "invalid", reason });
  if (plan.verdict === "update" || plan.verdict === "conflict") {
    for (const effect of effectsOf(plan)) {
      const refusals = await findUserRefusals(
        asker,
        { userIds: [row.userId], effect },
        run.synapse,
      );
      const refusal = refusals.get(row.userId);
      if (refusal) return refuse(refusal);
    }
  }
  for (const room of plan.joins) {
    const joinRule = await run.refusedJoinRuleOf(room);
    if (joinRule) return refuse(roomJoinRefusal(asker, room, joinRule, [row.userId]));
  }
  return plan;
}

/** A dry run's row: every row read is a success of the dry run, whatever its verdict. */
function verdictItem(row: ImportRow, plan: RowPlan): RunItem {
  return {
    key: lineKey(row.line),
    ok: true,
    detail: { userId: row.userId, verdict: plan.verdict, reason: plan.reason },
  };
}

/** Does what the row's verdict says; a failure is the row's own, with the reason. */
async function applyRow(run: Run, row: ImportRow, plan: RowPlan): Promise<RunItem> {
  const base = {
    key: lineKey(row.line),
    detail: { userId: row.userId, verdict: plan.verdict, reason: plan.reason },
  };
  if (plan.verdict === "invalid") return { ...base, ok: false, error: plan.reason };
  if (plan.verdict === "unchanged" || plan.verdict === "conflict") {
    // A conflict reaches here only in the "skip" mode.
    return {
      ...base,
      ok: true,
      detail: { ...base.detail, verdict: plan.verdict === "conflict" ? "skipped" : "unchanged" },
    };
  }
  const requestId = randomUUID();
  try {
    if (plan.verdict === "create") await createAccount(run, row, plan, requestId);
    else if (Object.keys(plan.fields).length > 0) await updateAccount(run, row, plan, requestId);
    for (const room of plan.joins) await joinRoom(run, row.userId, room);
    if (row.passwordGiven) await forgetGivenPassword(run.importId, row.line);
    return { ...base, ok: true, detail: { ...base.detail, joined: plan.joins.length } };
  } catch (error) {
    return { ...base, ok: false, error: toActionFailure(error, requestId).error };
  }
}

const auditRequest = (
  run: Run,
  action: string,
  userId: string,
  input: Record<string, unknown>,
) => ({
  actor: { id: run.context.actorId },
  action,
  target: { type: "user" as const, id: userId },
  input: { userId, ...input, importId: run.importId, requestedBy: run.context.requestedBy },
});

async function createAccount(run: Run, row: ImportRow, plan: RowPlan, requestId: string) {
  const password = await passwordForRow(run.importId, row);
  const { displayname, admin, user_type: userType } = plan.fields;
  // Set once a PUT failed on the way (Synapse slow or down, not a 429, which applied nothing): it
  // may have created the account before its answer was lost, so the retry's "already there" is
  // then this import's own account.
  let mayHaveLanded = false;
  await runAudited(
    {
      ...auditRequest(run, "user.create", row.userId, {
        line: row.line,
        displayName: displayname,
        admin,
        userType,
        email: row.email,
        generatedPassword: !row.passwordGiven,
      }),
      requestId,
    },
    () =>
      withPatience(
        async () => {
          const { user, created } = await run.synapse.users
            .update(row.userId, { ...plan.fields, password })
            .catch((error: unknown) => {
              mayHaveLanded ||= isSynapseError(error) && error.kind !== "rate_limited";
              throw error;
            });
          if (!created && !mayHaveLanded) {
            // Someone else's account: its new password must not reach the importer.
            await forgetPassword(run.importId, row.line);
            throw new ActionError(
              `${row.userId} was created by someone else since the row was read, and the import's PUT has just reset its password: reset it again from its page and tell its owner.`,
            );
          }
          recordCreatedUser(user);
        },
        run.context.signal,
        { onWait: run.context.setWaiting },
      ),
  );
}

async function updateAccount(run: Run, row: ImportRow, plan: RowPlan, requestId: string) {
  await runAudited(
    {
      ...auditRequest(run, "user.import_update", row.userId, {
        line: row.line,
        fields: Object.keys(plan.fields),
      }),
      requestId,
    },
    () =>
      withPatience(
        async () => {
          const { user } = await run.synapse.users.update(row.userId, plan.fields);
          const after = Object.fromEntries(
            Object.keys(plan.before).map((field) => [
              field,
              (user as Record<string, unknown>)[field],
            ]),
          );
          recordChanges(plan.before, after);
        },
        run.context.signal,
        { onWait: run.context.setWaiting },
      ),
  );
}

async function joinRoom(run: Run, userId: string, room: string) {
  await runAudited(
    { ...auditRequest(run, "user.join_room", userId, { room }), requestId: randomUUID() },
    () =>
      withPatience(() => run.synapse.users.joinRoom(room, userId), run.context.signal, {
        onWait: run.context.setWaiting,
      }),
  );
}
