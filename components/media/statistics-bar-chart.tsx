export type ChartBar = {
  key: string;
  label: string;
  value: number;
  valueText: string;
  href: string;
};

type Props = { title: string; bars: ChartBar[]; testId: string };

const ROW = 28;
const LABEL_WIDTH = 260;
const VALUE_WIDTH = 90;
const BAR_AREA = 400;
const WIDTH = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;

/** "@averyveryveryverylong…:example.org" kept within the label column. */
function shorten(text: string, max = 34) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Horizontal bars, one per row of the table beside it, drawn as SVG on the server: no chart
 * library and no script in the browser for what is a ranked list. Each bar's label links where
 * the table's row does (a plain SVG link); the numbers are in the table too, for screen readers and copying.
 */
export function StatisticsBarChart({ title, bars, testId }: Props) {
  if (bars.length === 0) return null;
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW;
  return (
    <figure className="grid gap-2" data-testid={testId}>
      <figcaption className="text-sm text-muted-foreground">{title}</figcaption>
      <svg
        // A group, not an image: its bar labels are links, and an image holds nothing interactive.
        role="group"
        aria-label={title}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full max-w-3xl"
      >
        {bars.map((bar, index) => {
          const y = index * ROW;
          const width = Math.max(2, (bar.value / largest) * BAR_AREA);
          return (
            <g key={bar.key} data-testid={`${testId}-bar`}>
              <a href={bar.href}>
                <text
                  x={LABEL_WIDTH - 8}
                  y={y + ROW / 2}
                  dominantBaseline="middle"
                  textAnchor="end"
                  className="fill-foreground text-[12px] hover:underline"
                >
                  <title>{bar.label}</title>
                  {shorten(bar.label)}
                </text>
              </a>
              <rect
                x={LABEL_WIDTH}
                y={y + 5}
                width={width}
                height={ROW - 10}
                rx={3}
                className="fill-primary"
              />
              <text
                x={LABEL_WIDTH + width + 6}
                y={y + ROW / 2}
                dominantBaseline="middle"
                className="fill-muted-foreground text-[12px] tabular-nums"
              >
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
