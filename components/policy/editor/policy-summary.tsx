import { countOf } from "@/lib/format/count";
import type { PolicySummary as Summary } from "./summarize-policy";

type Props = {
  summary: Summary | null;
  warnings: number;
};

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[6rem_1fr] gap-2">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="wrap-anywhere">{children}</dd>
    </div>
  );
}

/** What the document declares: managed users, rooms, groups, flags, and how many warnings it has. */
export function PolicySummary({ summary, warnings }: Props) {
  return (
    <section aria-labelledby="policy-summary-title" className="space-y-2">
      <h2 id="policy-summary-title" className="text-sm font-semibold">
        Summary
      </h2>
      {summary ? (
        <dl className="space-y-1 text-sm" data-testid="policy-summary">
          <Item term="Users">
            {countOf(summary.users, "managed user")} ({summary.activeUsers} active)
          </Item>
          <Item term="Rooms">
            {countOf(summary.managedRooms, "managed room")},{" "}
            {countOf(summary.declaredRooms, "declared room")}
          </Item>
          <Item term="Groups">
            {summary.groups.length === 0 ? (
              "none"
            ) : (
              <>
                {countOf(summary.groups.length, "group")}:{" "}
                {summary.groups
                  .map((group) => `${group.name} (${countOf(group.members, "member")})`)
                  .join(", ")}
              </>
            )}
          </Item>
          <Item term="Flags">
            {summary.flags.length === 0
              ? "none set"
              : summary.flags
                  .map((flag) => `${flag.name}: ${JSON.stringify(flag.value)}`)
                  .join(", ")}
          </Item>
          <Item term="Warnings">
            {warnings === 0
              ? "none"
              : `${countOf(warnings, "warning")}: kept, not enforced by the console`}
          </Item>
        </dl>
      ) : (
        <p className="text-sm text-muted-foreground">
          The summary shows once the document has no errors.
        </p>
      )}
    </section>
  );
}
