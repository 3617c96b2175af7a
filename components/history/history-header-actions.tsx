import { ExportLinks } from "./export-links";
import { VerifyLogButton } from "./verify-log-button";

type Props = {
  /** The filters shown, or null while one is refused (there is no list to export then). */
  filter: Parameters<typeof ExportLinks>[0]["filter"] | null;
  /** Admins may start a verification of the whole log; the action checks it again. */
  canVerify: boolean;
};

/** The History header's buttons: downloads of the filtered list, and "Verify the log". */
export function HistoryHeaderActions({ filter, canVerify }: Props) {
  return (
    <>
      {filter ? <ExportLinks filter={filter} /> : null}
      {canVerify ? <VerifyLogButton /> : null}
    </>
  );
}
