import { describe, expect, it } from "vitest";
import { describeRunResult, describeValue } from "./describe-run-result";

const sentence = (headline: string, notes: string[] = []) => ({
  shape: "sentence",
  headline,
  notes,
});

describe("describeRunResult", () => {
  it("says how many users and devices a device scan read", () => {
    const result = {
      snapshotId: "0b5f",
      scannedUsers: 1204,
      resumedPast: 0,
      failedUsers: 0,
      devices: 3400,
      complete: true,
    };
    expect(describeRunResult("device_scan", result, {})).toEqual(
      sentence("Scanned 1,204 users, 3,400 devices"),
    );
  });

  it("counts the users an earlier attempt scanned, and says when a scan stopped short", () => {
    const resumed = {
      scannedUsers: 4,
      resumedPast: 1,
      failedUsers: 1,
      devices: 1,
      complete: false,
    };
    expect(describeRunResult("device_scan", resumed, {})).toEqual(
      sentence("Stopped after 5 users, 1 device", [
        "Of these, 1 user was read by an earlier attempt of this run.",
        "1 user could not be read; see the failed items.",
        "The snapshot is incomplete until the run is resumed and finishes.",
      ]),
    );
  });

  it("names the accounts a token rotation rotated and counts the old tokens it revoked", () => {
    expect(describeRunResult("token_rotation", { rotated: ["@bot:x"], revoked: 2 }, {})).toEqual(
      sentence("Rotated @bot:x; revoked 2 old tokens"),
    );
    expect(
      describeRunResult("token_rotation", { rotated: ["@a:x", "@b:x"], revoked: 1 }, {}),
    ).toEqual(sentence("Rotated @a:x and @b:x; revoked 1 old token"));
    const five = ["@a:x", "@b:x", "@c:x", "@d:x", "@e:x"];
    expect(describeRunResult("token_rotation", { rotated: five, revoked: 0 }, {})).toEqual(
      sentence("Rotated @a:x, @b:x, @c:x and 2 more; revoked 0 old tokens"),
    );
    expect(describeRunResult("token_rotation", { rotated: [], revoked: 3 }, {})).toEqual(
      sentence("Revoked 3 old tokens"),
    );
  });

  it("counts the devices and their users a stale revoke revoked, from the listed devices", () => {
    const devices = Array.from({ length: 78 }, (_, index) => ({
      userId: `@user${index % 40}:x`,
      deviceId: `D${index}`,
    }));
    const done = { revoked: 78, alreadyGone: 0, failed: 0, skippedAsDone: 0, stopped: false };
    expect(describeRunResult("stale_device_revoke", done, { devices })).toEqual(
      sentence("Revoked 78 devices of 40 users"),
    );
    const partly = { revoked: 75, alreadyGone: 1, failed: 2, skippedAsDone: 0, stopped: true };
    expect(describeRunResult("stale_device_revoke", partly, { devices })).toEqual(
      sentence("Revoked 75 of 78 listed devices (of 40 users)", [
        "1 device was already gone.",
        "2 devices could not be revoked; see the failed items.",
        "Stopped before the end; resume the run to revoke the rest.",
      ]),
    );
  });

  it("says what a bulk change did to how many users", () => {
    const locked = { change: "lock", changed: 1, failed: 0, resumedPast: 0 };
    expect(describeRunResult("user_bulk", locked, {})).toEqual(sentence("Locked 1 user"));
    const joined = { change: "join_room", changed: 3, failed: 1, resumedPast: 2 };
    expect(describeRunResult("user_bulk", joined, { room: "#lobby:x" })).toEqual(
      sentence("Joined 3 users to #lobby:x", [
        "2 users were done by an earlier attempt of this run.",
        "1 user failed; see the failed items.",
      ]),
    );
    const media = { change: "delete_media", changed: 2, failed: 0, resumedPast: 0 };
    expect(describeRunResult("user_bulk", media, {})).toEqual(
      sentence("Deleted the media of 2 users"),
    );
    const notice = { change: "server_notice", changed: 1, failed: 0, resumedPast: 0 };
    expect(describeRunResult("user_bulk", notice, {})).toEqual(
      sentence("Sent the server notice to 1 user"),
    );
  });

  it("says how much of a policy plan an apply did, and what it skipped or failed", () => {
    const apply = {
      planId: "p",
      policyVersion: 3,
      actions: 14,
      applied: 10,
      alreadyDone: 1,
      failed: 1,
      resumedPast: 2,
      stopped: true,
    };
    expect(describeRunResult("policy_apply", apply, {})).toEqual(
      sentence("Applied 10 of 14 actions of policy version 3", [
        "1 action was already so when checked, and skipped.",
        "2 actions were done by an earlier attempt of this run.",
        "1 action failed; see the failed items.",
        "Stopped before the end; resume the run to apply the rest.",
      ]),
    );
  });

  it("says whether a reconcile found drift, applied it, and what is left", () => {
    const base = {
      planId: "p",
      policyVersion: 4,
      removals: 0,
      applied: null,
      notApplied: null,
      driftAfter: null,
    };
    const inSync = { ...base, mode: "report", pull: "no source", actionCount: 0 };
    expect(describeRunResult("policy_reconcile", inSync, {})).toEqual(
      sentence("In sync with policy version 4"),
    );
    const drift = { ...base, mode: "report", pull: "new version", actionCount: 3 };
    expect(describeRunResult("policy_reconcile", drift, {})).toEqual(
      sentence("Found 3 actions of drift from policy version 4", [
        "A new version was pulled from the policy's URL.",
      ]),
    );
    const guarded = {
      ...base,
      mode: "apply",
      pull: "The policy source answered 404, not 200.",
      actionCount: 30,
      notApplied: "Not applied: the plan makes 30 removals.",
    };
    expect(describeRunResult("policy_reconcile", guarded, {})).toEqual(
      sentence("Found 30 actions of drift from policy version 4", [
        "The pull from the policy's URL failed, so the latest saved version was used: The policy source answered 404, not 200.",
        "Not applied: the plan makes 30 removals.",
      ]),
    );
    const applied = {
      ...base,
      mode: "apply",
      pull: "unchanged",
      actionCount: 2,
      applied: {
        planId: "p",
        policyVersion: 4,
        actions: 2,
        applied: 2,
        alreadyDone: 0,
        failed: 0,
        resumedPast: 0,
        stopped: false,
      },
      driftAfter: 0,
    };
    expect(describeRunResult("policy_reconcile", applied, {})).toEqual(
      sentence("Found 2 actions of drift from policy version 4; applied 2", [
        "The policy's URL had no changes.",
        "In sync afterwards.",
      ]),
    );
  });

  it("lists the fields of a result it does not know, in words", () => {
    const unknown = { snapshotId: "0b5f", userCount: 1200, complete: true, skipped_users: [] };
    expect(describeRunResult("device_scan", unknown, {})).toEqual({
      shape: "fields",
      fields: [
        { label: "Snapshot id", value: "0b5f" },
        { label: "User count", value: "1,200" },
        { label: "Complete", value: "yes" },
        { label: "Skipped users", value: "none" },
      ],
    });
    expect(describeRunResult("user_bulk", "done", {})).toEqual({
      shape: "fields",
      fields: [{ label: "Result", value: "done" }],
    });
  });
});

describe("describeRunResult of a verification of the audit log", () => {
  const report = { links: 12, entries: 6, outcomes: 6, beforeChain: 0, problem: null };

  it("says intact with the counts, and notes the head hash to keep", () => {
    const words = describeRunResult("audit_verify", { ...report, headHash: "ab12" }, {});
    expect(words).toEqual(
      sentence("Intact: 6 entries and 6 outcomes, 12 links.", [
        "Head hash ab12: keep it elsewhere; a later run whose chain does not pass through it means the log was cut short.",
      ]),
    );
  });

  it("names the first link that does not hold", () => {
    const problem = {
      seq: "5",
      kind: "entry",
      entryId: "42",
      reason: "its content is not what was written",
    };
    const words = describeRunResult(
      "audit_verify",
      { ...report, links: 4, headHash: null, problem },
      {},
    );
    expect(words).toEqual(
      sentence(
        "Broken at link 5, the entry of audit entry 42: its content is not what was written. The 4 links before it hold.",
      ),
    );
  });
});

describe("describeValue", () => {
  it("writes objects as key: value pairs and leaves strings as they are", () => {
    expect(describeValue({ devices: 3 })).toBe("devices: 3");
    expect(describeValue({ deviceId: "ABC", gone: false })).toBe("device id: ABC; gone: no");
    expect(describeValue("already gone")).toBe("already gone");
    expect(describeValue(["@a:x", 2])).toBe("@a:x, 2");
    expect(describeValue(null)).toBe("—");
  });
});

describe("describeRunResult of a stale device clean-up", () => {
  const base = {
    mode: "revoke",
    outcome: "revoked",
    scannedUsers: 40,
    failedUsers: 0,
    snapshotDevices: 120,
    selected: 3,
    maximum: 100,
    revoked: 3,
    alreadyGone: 0,
    failed: 0,
    skippedAsDone: 0,
    stopped: false,
  };
  const scanned = "The rule was applied to a fresh scan: 40 users, 120 devices.";

  it("says how many of the selected devices it revoked, after a fresh scan", () => {
    expect(describeRunResult("stale_device_cleanup", base, {})).toEqual(
      sentence("Revoked 3 of 3 stale devices", [scanned]),
    );
  });

  it("says that a report-only run changed nothing", () => {
    const result = { ...base, mode: "report", outcome: "reported", revoked: 0, selected: 1 };
    expect(describeRunResult("stale_device_cleanup", result, {})).toEqual(
      sentence("Would revoke 1 stale device; report only, nothing was changed", [scanned]),
    );
  });

  it("says a run over its maximum revoked nothing, and what to do", () => {
    const result = { ...base, outcome: "over_maximum", revoked: 0, selected: 250 };
    expect(describeRunResult("stale_device_cleanup", result, {})).toEqual(
      sentence(
        "Revoked nothing: the rule selects 250 stale devices, more than this job's maximum of 100 per run",
        [
          "Nothing was changed. If these devices should go, raise the job's maximum or narrow its rule; the Devices page lists them.",
          scanned,
        ],
      ),
    );
  });

  it("notes devices of an earlier attempt, failures, unread users and a stop", () => {
    const result = {
      ...base,
      revoked: 1,
      alreadyGone: 1,
      skippedAsDone: 2,
      failed: 1,
      failedUsers: 2,
      stopped: true,
      selected: 5,
    };
    expect(describeRunResult("stale_device_cleanup", result, {})).toEqual(
      sentence("Revoked 1 of 5 stale devices", [
        "1 device was already gone.",
        "2 devices were revoked by an earlier attempt of this run.",
        "1 device could not be revoked; see the failed items.",
        "Stopped before the end; resume the run to revoke the rest.",
        scanned,
        "2 users could not be read, so none of their devices was considered; see the failed items.",
      ]),
    );
  });

  it("says a run stopped during its scan revoked nothing", () => {
    const result = { ...base, outcome: "scan_stopped", revoked: 0, selected: 0, stopped: true };
    expect(describeRunResult("stale_device_cleanup", result, {}).shape).toBe("sentence");
    expect(describeRunResult("stale_device_cleanup", result, {})).toMatchObject({
      headline: "Stopped while scanning devices; nothing was revoked",
    });
  });
});
