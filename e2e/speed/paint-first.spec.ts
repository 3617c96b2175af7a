import { expect, test, type Page } from "@playwright/test";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { storageStates } from "../fixtures/sign-in";

// Issue 14: a page opened from the sidebar is drawn before its effects run. React runs a
// navigation's effects after the browser has drawn the new page, unless something in the commit
// asks for an urgent update: it then runs every effect of the page (reads ahead, subscriptions,
// the shell's redraw) before the first frame. Radix's closed dialogs did, once per part (the
// users list waited ~20 ms for seven of them). This watches React's commits through the hook its
// developer tools use, and checks each area's first commit: were its effects run in the same task?
test.use({ storageState: storageStates.admin });

type CommitSeen = { path: string; effectsInItsTask: boolean };
type WatchedWindow = { commitsSeen: CommitSeen[] };

/**
 * React calls `onCommitFiberRoot` after a commit's layout effects and `onPostCommitFiberRoot`
 * once its effects have run. An effect run in the commit's own task comes before the microtask
 * queued at the commit; one run later (after the browser could draw) comes after it.
 */
const WATCH_COMMITS = `(() => {
  const seen = (window.commitsSeen = []);
  let open = null;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onCommitFiberUnmount: () => {},
    onCommitFiberRoot: () => {
      const commit = { path: location.pathname, effectsInItsTask: false };
      seen.push(commit);
      open = commit;
      queueMicrotask(() => {
        if (open === commit) open = null;
      });
    },
    onPostCommitFiberRoot: () => {
      if (open) open.effectsInItsTask = true;
    },
  };
})();`;

/**
 * Areas that show a form on the page itself (to an admin): react-hook-form marks a form ready with
 * an urgent update as it mounts, so React runs those pages' effects before drawing them. Forms in
 * closed dialogs are not mounted (the tokens page's policy dialog mounts its form as it opens).
 */
const SHOWS_A_FORM = new Set(["/policy", "/settings"]);

const sidebarLink = (page: Page, label: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true });

for (const { href, label } of NAV_ITEMS.filter((item) => !SHOWS_A_FORM.has(item.href))) {
  test(`${label} from the sidebar is drawn before its effects run`, async ({ page }) => {
    await page.addInitScript({ content: WATCH_COMMITS });
    await page.goto(href === "/users" ? "/rooms" : "/users");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.evaluate(() => ((window as unknown as WatchedWindow).commitsSeen.length = 0));

    await sidebarLink(page, label).click();
    await expect(page).toHaveURL((url) => url.pathname === href);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const commits = await page.evaluate(() => (window as unknown as WatchedWindow).commitsSeen);
    const shown = commits.find((commit) => commit.path === href);
    expect(shown, `a commit of ${href}`).toBeDefined();
    expect(shown?.effectsInItsTask, `${href}'s effects ran before it was drawn`).toBe(false);
  });
}
