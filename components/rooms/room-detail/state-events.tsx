import type { SynapseStateEvent } from "@/lib/synapse/room-details";

export function StateEvents({ events }: { events: SynapseStateEvent[] }) {
  return (
    <ul className="space-y-2" aria-label="State events">
      {events.map((event) => (
        <li key={event.event_id ?? `${event.type}|${event.state_key}`}>
          <details className="rounded-md border p-2">
            <summary className="cursor-pointer font-mono text-sm">
              {event.type}
              {event.state_key ? ` (${event.state_key})` : ""}
            </summary>
            <pre className="mt-2 overflow-x-auto text-xs">{JSON.stringify(event, null, 2)}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
