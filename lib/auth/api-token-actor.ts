import "server-only";
import { getApiTokenBearer, noteApiTokenUse, type RefusedApiToken } from "@/lib/data/api-tokens";
import { claimAccountCheck, makeAccountCheckDue } from "@/lib/data/role-grants";
import { recheckTokenMaker, type MakerStanding } from "./account-recheck";
import { isBarred, type Barred } from "./barred";
import { lowerRole, type Role } from "./roles";

export type RefusedTokenUse = RefusedApiToken | { refused: "maker_barred"; reason: Barred };

/**
 * The last check's word on the maker's account, read back from the grant. A CHECK keeps it one of
 * Barred's words; anything else would still refuse the token.
 */
function barredAsStored(stored: string | null): Barred | null {
  if (stored === null) return null;
  return isBarred(stored) ? stored : "deactivated";
}

/** Asks Synapse about the maker; if that fails midway (an audit write), the next use asks again. */
async function recheckOrRelease(maker: {
  matrixId: string;
  source: "console" | "synapse_admin";
  barredBefore: Barred | null;
}): Promise<MakerStanding> {
  try {
    return await recheckTokenMaker(maker.matrixId, maker.source, maker.barredBefore);
  } catch (error) {
    await makeAccountCheckDue(maker.matrixId).catch(() => undefined);
    throw error;
  }
}

/**
 * The name and role an API token acts with now, or why it is refused. A token never does more
 * than its maker may do now: it acts with the lower of its role and its maker's console role, and
 * it is refused once its maker holds no role, or once Synapse bars the maker's account (asked at
 * most every 10 minutes, on a use). A refused token's use is not noted; the check that found the
 * maker barred is audited (lib/auth/account-recheck.ts).
 */
export async function actorForApiToken(
  token: string,
): Promise<{ name: string; role: Role } | RefusedTokenUse> {
  const bearer = await getApiTokenBearer(token);
  if ("refused" in bearer) return bearer;
  const { maker } = bearer;
  const barredBefore = barredAsStored(maker.accountBarred);
  const standing: MakerStanding =
    maker.checkDue && (await claimAccountCheck(maker.matrixId))
      ? await recheckOrRelease({ matrixId: maker.matrixId, source: maker.source, barredBefore })
      : (barredBefore ?? "usable");
  if (standing === "no_role") return { refused: "maker_has_no_role" };
  if (standing !== "usable") return { refused: "maker_barred", reason: standing };
  await noteApiTokenUse(bearer.id);
  return { name: bearer.name, role: lowerRole(bearer.role, maker.role) };
}
