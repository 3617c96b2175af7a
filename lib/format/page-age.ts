/**
 * How long ago, in this browser's time, a page was rendered on the server, without trusting the
 * two clocks to agree. The smallest gap seen between the browser's clock and a render's time is
 * taken as their difference (that render was made for the browser at that moment: the page it
 * first loaded); a page's age is how much its gap exceeds that. A browser whose clock is minutes
 * off thus never finds every page old.
 */
export function createPageAge() {
  let closestGap = Number.POSITIVE_INFINITY;
  return (renderedAt: number, now: number): number => {
    const gap = now - renderedAt;
    closestGap = Math.min(closestGap, gap);
    return gap - closestGap;
  };
}
