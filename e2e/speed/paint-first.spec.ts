import { expect, test, type Page } from "@playwright/test";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { seedRooms, uniqueRoomPrefix } from "../fixtures/rooms";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers } from "../fixtures/synapse";

// Issue 14: a page opened from the sidebar is drawn before its effects run. React runs a
// navigation's effects after the browser has drawn the new page, unless something in the commit
// asks for an urgent update: it then runs every effect of the page (reads ahead, subscriptions,
// the shell's redraw) before the first frame. Radix's closed dialogs did, once per part (the
// users list waited ~20 ms for seven of them), and so did the forms of closed dialogs. This
// watches React's commits through the hook its developer tools use, and checks the first commit of
// each area, and of a user's and a room's page: were its effects run in the same task?
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

/** Opens a page (`open`) and checks that its first commit left its effects for after the frame. */
async function expectDrawnBeforeEffects(page: Page, path: string, open: () => Promise<void>) {
  await page.evaluate(() => ((window as unknown as WatchedWindow).commitsSeen.length = 0));
  await open();
  await expect(page).toHaveURL((url) => decodeURIComponent(url.pathname) === path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const commits = await page.evaluate(() => (window as unknown as WatchedWindow).commitsSeen);
  const shown = commits.find((commit) => decodeURIComponent(commit.path) === path);
  expect(shown, `a commit of ${path}`).toBeDefined();
  expect(shown?.effectsInItsTask, `${path}'s effects ran before it was drawn`).toBe(false);
}

async function watchFrom(page: Page, path: string) {
  await page.addInitScript({ content: WATCH_COMMITS });
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

for (const { href, label } of NAV_ITEMS.filter((item) => !SHOWS_A_FORM.has(item.href))) {
  test(`${label} from the sidebar is drawn before its effects run`, async ({ page }) => {
    await watchFrom(page, href === "/users" ? "/rooms" : "/users");
    await expectDrawnBeforeEffects(page, href, () => sidebarLink(page, label).click());
  });
}

test("a user's page opened from the list is drawn before its effects run", async ({ page }) => {
  const userId = e2eUsers.admin.id;
  await watchFrom(page, `/users?q=${encodeURIComponent(userId.slice(1).split(":")[0] ?? "")}`);
  await expectDrawnBeforeEffects(page, `/users/${userId}`, () =>
    page.getByRole("link", { name: userId, exact: true }).click(),
  );
});

test("a room's page opened from the list is drawn before its effects run", async ({ page }) => {
  const prefix = uniqueRoomPrefix("paint");
  const { roomIds } = await seedRooms([`${prefix} room`]);
  await watchFrom(page, `/rooms?q=${prefix}`);
  await expectDrawnBeforeEffects(page, `/rooms/${roomIds[0]}`, () =>
    page.getByRole("link", { name: `${prefix} room` }).click(),
  );
});
