import { IntentLink } from "@/components/ui/intent-link";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toDestinationListQuery, type DestinationListSearch } from "@/lib/schemas/destination-list";
import type { SynapseDestination } from "@/lib/synapse/federation";
import { DESTINATION_COLUMNS, DestinationRow } from "./columns";

type Props = { destinations: SynapseDestination[]; search: DestinationListSearch; now: Date };

/** Column headers are links: sorting is URL state, done by Synapse over every destination. */
function SortHeader({
  column,
  search,
}: {
  column: (typeof DESTINATION_COLUMNS)[number];
  search: DestinationListSearch;
}) {
  const active = search.sort === column.key;
  const dir = active && search.dir === "asc" ? "desc" : "asc";
  const href = `/federation${toDestinationListQuery(search, { sort: column.key, dir, from: 0 })}`;
  return (
    <TableHead aria-sort={active ? (search.dir === "asc" ? "ascending" : "descending") : undefined}>
      <IntentLink className="underline-offset-4 hover:underline" href={href}>
        {column.label}
        {active ? (search.dir === "asc" ? " ↑" : " ↓") : ""}
      </IntentLink>
    </TableHead>
  );
}

export function DestinationsTable({ destinations, search, now }: Props) {
  return (
    <Table aria-label="Federation destinations">
      <TableHeader>
        <TableRow>
          {DESTINATION_COLUMNS.map((column) => (
            <SortHeader key={column.key} column={column} search={search} />
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {destinations.map((destination) => (
          <DestinationRow key={destination.destination} destination={destination} now={now} />
        ))}
      </TableBody>
    </Table>
  );
}
