import { MakeConsoleRoomAdminButton } from "@/components/rooms/room-actions/make-console-room-admin-button";

export type ImpossibleRow = {
  sentence: string;
  reason: string;
  /** The room whose admin the console's account must become, when that is the way out. */
  remedyRoomId?: string;
};

type Props = {
  rows: ImpossibleRow[];
  /** Admins may make the console's account room admin; that enters the room. */
  canFix: boolean;
};

/** What the plan cannot do and why, with the way out where the console offers one. */
export function ImpossibleActions({ rows, canFix }: Props) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">Nothing.</p>;
  return (
    <ul className="space-y-3">
      {rows.map((row, index) => (
        <li key={index} className="space-y-1 text-sm" data-testid="plan-impossible">
          <p className="font-medium wrap-anywhere">{row.sentence}</p>
          <p className="wrap-anywhere text-muted-foreground">{row.reason}</p>
          {row.remedyRoomId ? (
            canFix ? (
              <MakeConsoleRoomAdminButton
                roomId={row.remedyRoomId}
                roomName={row.remedyRoomId}
                label={`Make the console's account admin of ${row.remedyRoomId}`}
              />
            ) : (
              <p className="text-muted-foreground">
                A console admin can make the console&apos;s account admin of {row.remedyRoomId}.
              </p>
            )
          ) : null}
        </li>
      ))}
    </ul>
  );
}
