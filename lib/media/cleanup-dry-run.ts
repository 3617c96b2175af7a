import "server-only";
import { toPageProblem } from "@/lib/actions/page-problem";
import { getServiceSynapse } from "@/lib/homeserver/service-synapse";
import { cleanupCutoff, describeAge, type MediaCleanupParams } from "@/lib/schemas/media-cleanup";
import { countLocalMediaUploadedBefore } from "./cleanup-estimate";
import {
  type CleanupDryRun,
  describeLocalEstimate,
  describeLocalRule,
  describeRemoteEstimate,
  utcMinute,
} from "./cleanup-wording";
import { newJobHref } from "@/lib/jobs/job-form-preset";

/** The name a saved job gets from the page: "Delete local media not used for 90 days". */
export function scheduleName(params: MediaCleanupParams) {
  return params.target === "local"
    ? `Delete local media ${describeAge(params)}`
    : `Purge remote media cache ${describeAge(params)}`;
}

/** The new-job form, filled in with this clean-up (the admin adds the schedule there). */
export function scheduleHref(params: MediaCleanupParams) {
  return newJobHref("media_cleanup", scheduleName(params), params);
}

/** The dry run of a clean-up the form asked for: Synapse's statistics read now. */
export async function makeCleanupDryRun(params: MediaCleanupParams): Promise<CleanupDryRun> {
  const cutoffMs = cleanupCutoff(params, Date.now());
  const common = { params, scheduleHref: scheduleHref(params) };
  if (params.target === "remote_cache") {
    return {
      ...common,
      estimate: describeRemoteEstimate(cutoffMs),
      startLabel: "Purge the remote media cache",
      confirmation: `Synapse deletes its cached copies of other servers' media not used since ${utcMinute(cutoffMs)}, as a job whose run page shows how many. They are fetched again if someone asks for them and their server still has them.`,
    };
  }
  let estimate: CleanupDryRun["estimate"];
  try {
    const count = await countLocalMediaUploadedBefore(await getServiceSynapse(), cutoffMs);
    estimate = describeLocalEstimate(params, cutoffMs, count);
  } catch (error) {
    estimate = toPageProblem(error);
  }
  return {
    ...common,
    estimate,
    startLabel: "Delete local media",
    confirmation: `Synapse deletes ${describeLocalRule(params, cutoffMs)}. Deleted media cannot be brought back: messages that show them show a broken file. The run counts before and after, and its audit entry lists the deleted media IDs.`,
  };
}
