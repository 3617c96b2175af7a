import type { ChainLinks } from "@/lib/data/audit-history";

/** The first characters of a hash, enough to compare by eye; the whole hash on hover. */
const SHORT_HASH = 16;

function Link({ name, link }: { name: string; link: ChainLinks["entry"] }) {
  if (!link) return <span>{name}: written before the chain began</span>;
  return (
    <span>
      {name} #{link.seq}, hash{" "}
      <abbr className="font-mono text-xs no-underline" title={link.hash}>
        {link.hash.slice(0, SHORT_HASH)}…
      </abbr>
    </span>
  );
}

/** Where the entry and its outcome sit in the tamper-evident chain, as the export records them. */
export function EntryChain({ links }: { links: ChainLinks }) {
  return (
    <span className="flex flex-col gap-1" data-testid="entry-chain">
      <Link name="Entry" link={links.entry} />
      {links.outcome ? <Link name="Outcome" link={links.outcome} /> : null}
    </span>
  );
}
