// What the browser benchmark runs in every document of its page (an init script, as plain
// JavaScript): `benchWatch(rows, has)` remembers the list's first row, then notes the time of the
// next click or Enter and of the first frame in which the first row shows something else
// (containing `has`, if given). A plain form's search loads a new document: the watch is kept in
// sessionStorage and goes on there. Times are epoch milliseconds (timeOrigin + the event's time),
// so the two documents' clocks compare.
export const ROW_WATCH_SCRIPT = `(() => {
  const KEY = "bench-row-watch";
  const read = () => JSON.parse(sessionStorage.getItem(KEY) || "null");
  const write = (watch) => sessionStorage.setItem(KEY, JSON.stringify(watch));
  const firstRow = (rows) => document.querySelector(rows)?.textContent ?? null;
  const observe = () => {
    const observer = new MutationObserver(() => {
      const watch = read();
      if (!watch || watch.actedAt === 0 || watch.shownAt !== 0) return;
      const now = firstRow(watch.rows);
      if (now === null || now === watch.before) return;
      if (watch.has !== null && !now.includes(watch.has)) return;
      observer.disconnect();
      requestAnimationFrame((frameAt) => {
        write({ ...read(), shownAt: performance.timeOrigin + frameAt });
      });
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  };
  const noteAct = (event) => {
    if (event.type === "keydown" && event.key !== "Enter") return;
    const watch = read();
    if (watch && watch.actedAt === 0) write({ ...watch, actedAt: performance.timeOrigin + event.timeStamp });
  };
  document.addEventListener("click", noteAct, { capture: true });
  document.addEventListener("keydown", noteAct, { capture: true });
  window.benchWatch = (rows, has) => {
    write({ rows, has, before: firstRow(rows), actedAt: 0, shownAt: 0 });
    observe();
  };
  const pending = read();
  if (pending && pending.actedAt !== 0 && pending.shownAt === 0) observe();
})();`;

export type RowWatch = { actedAt: number; shownAt: number };
