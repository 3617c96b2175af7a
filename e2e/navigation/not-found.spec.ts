import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page, type Response } from "@playwright/test";
import { uniqueRoomPrefix } from "../fixtures/rooms";
import { shoot } from "../fixtures/shots";
import { storageStates } from "../fixtures/sign-in";
import { e2eUsers, registerUniqueUser } from "../fixtures/synapse";

// One not-found experience: an address no page answers and an object that is not there both
// answer 404 and show, in the console's frame, what was not found and the way back to its list.

test.use({ storageState: storageStates.operator });

const serverName = () => e2eUsers.admin.id.split(":")[1] ?? "";
const unique = () => randomBytes(4).toString("hex");

type NotFound = { title: string; message: string; wayBack: { label: string; href: string } };

/** A 404, with the sidebar and top bar around the page's heading, message and way back. */
async function expectNotFound(page: Page, response: Response | null, expected: NotFound) {
  expect(response?.status(), page.url()).toBe(404);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(expected.title);
  // The tab says it too, not the title of the page that would have been there.
  await expect(page).toHaveTitle(`${expected.title} · Synapse Console`);
  await expect(main.getByTestId("not-found-message")).toHaveText(expected.message);
  await expect(
    main.getByRole("navigation", { name: "Ways back" }).getByRole("link", {
      name: expected.wayBack.label,
    }),
  ).toHaveAttribute("href", expected.wayBack.href);
  // The frame: the sidebar's links and the top bar's account menu.
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: `Account ${e2eUsers.operator.id}` })).toBeVisible();
}

test("an address no page answers is a 404 in the console's frame, with a way back", async ({
  page,
}) => {
  const response = await page.goto("/nonexistent");
  await expectNotFound(page, response, {
    title: "Page not found",
    message: "There is no page at this address: it may be mistyped, or what it named is gone.",
    wayBack: { label: "Overview", href: "/" },
  });
  await shoot(page, "not-found-page");
  // Below a real page's address too, not only at the top.
  const deeper = await page.goto(`/users/import/${randomUUID()}/more`);
  expect(deeper?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");

  // The way back works as a link of the console.
  await page.getByRole("navigation", { name: "Ways back" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page).toHaveTitle("Overview · Synapse Console");
});

test("a user who does not exist is a 404 naming them, with the way back to the users", async ({
  page,
}) => {
  const ghost = `@nobody-${unique()}:${serverName()}`;
  const response = await page.goto(`/users/${encodeURIComponent(ghost)}`);
  await expectNotFound(page, response, {
    title: "User not found",
    message: `No user ${ghost} on this homeserver.`,
    wayBack: { label: "All users", href: "/users" },
  });
  await shoot(page, "not-found-user");

  // Written as people type it in the address bar, unencoded, it is the same answer.
  const typed = await page.goto(`/users/@nobody-here:${serverName()}`);
  expect(typed?.status()).toBe(404);
  await expect(page.getByTestId("not-found-message")).toHaveText(
    `No user @nobody-here:${serverName()} on this homeserver.`,
  );

  // Another server's user is not on this one either (Synapse would refuse to look them up).
  const remote = await page.goto(`/users/${encodeURIComponent("@someone:elsewhere.example")}`);
  await expectNotFound(page, remote, {
    title: "User not found",
    message: "No user @someone:elsewhere.example on this homeserver.",
    wayBack: { label: "All users", href: "/users" },
  });

  await page.getByRole("navigation", { name: "Ways back" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
});

test("an address that holds no user ID says so in plain words, not Synapse's error", async ({
  page,
}) => {
  const response = await page.goto("/users/not-an-id");
  await expectNotFound(page, response, {
    title: "Not a user ID",
    message: "not-an-id is not a Matrix user ID: it should look like @name:server.",
    wayBack: { label: "All users", href: "/users" },
  });
  await expect(page.getByText("M_INVALID_PARAM")).toHaveCount(0);
  await shoot(page, "not-found-not-a-user-id");
});

test("a room that does not exist is a 404 naming it, with the way back to the rooms", async ({
  page,
}) => {
  const missing = `!${uniqueRoomPrefix("gone")}:${serverName()}`;
  const response = await page.goto(`/rooms/${encodeURIComponent(missing)}`);
  await expectNotFound(page, response, {
    title: "Room not found",
    message: `No room ${missing} on this homeserver.`,
    wayBack: { label: "All rooms", href: "/rooms" },
  });
  const notARoom = await page.goto("/rooms/not-a-room");
  await expectNotFound(page, notARoom, {
    title: "Not a room ID",
    message: "not-a-room is not a Matrix room ID: it should look like !id:server.",
    wayBack: { label: "All rooms", href: "/rooms" },
  });
});

test("a missing report, job, run or History entry is a 404 naming it, with the way back to its list", async ({
  page,
}) => {
  const cases: Array<{ path: string } & NotFound> = [
    {
      path: "/reports/99999",
      title: "Report not found",
      message: "No event report 99999; it may have been deleted.",
      wayBack: { label: "All event reports", href: "/reports" },
    },
    {
      path: "/reports/users/99999",
      title: "Report not found",
      message: "No user report 99999; it may have been deleted.",
      wayBack: { label: "All user reports", href: "/reports/users" },
    },
    {
      path: "/jobs/not-a-uuid",
      title: "Job not found",
      message: "No job not-a-uuid; it may have been deleted.",
      wayBack: { label: "All jobs", href: "/jobs" },
    },
    {
      path: "/jobs/runs/00000000-0000-0000-0000-000000000000",
      title: "Run not found",
      message: "No job run 00000000-0000-0000-0000-000000000000.",
      wayBack: { label: "All jobs", href: "/jobs" },
    },
    {
      path: "/history/99999999999",
      title: "History entry not found",
      message: "No History entry 99999999999.",
      wayBack: { label: "History", href: "/history" },
    },
    {
      path: "/federation/never-seen.invalid",
      title: "Destination not found",
      message:
        "Synapse has no record of never-seen.invalid: it has never sent to or tried that server.",
      wayBack: { label: "All destinations", href: "/federation" },
    },
  ];
  for (const { path, ...expected } of cases) {
    await test.step(path, async () => {
      await expectNotFound(page, await page.goto(path), expected);
    });
  }
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("an anonymous visitor to a missing user's page is sent to sign in, and learns nothing of who exists", async ({
    page,
    context,
  }) => {
    const response = await page.goto(`/users/@nobody-here:${serverName()}`);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expect(page.getByText("not found", { exact: false })).toHaveCount(0);

    // With a cookie that only looks like a session (past the proxy, to the page's own check), a
    // missing and an existing user are answered alike: the sign-in page.
    await context.addCookies([
      {
        name: "next-auth.session-token",
        value: randomBytes(200).toString("base64url"),
        url: page.url(),
      },
    ]);
    const real = await registerUniqueUser("notfoundanon");
    for (const userId of [`@nobody-here:${serverName()}`, real.id, "not-an-id"]) {
      const answer = await page.request.get(`/users/${encodeURIComponent(userId)}`, {
        maxRedirects: 0,
      });
      expect(answer.status(), userId).toBe(307);
      expect(answer.headers().location, userId).toMatch(/\/sign-in$/);
    }
    const unknown = await page.request.get("/nonexistent", { maxRedirects: 0 });
    expect(unknown.status()).toBe(307);
    expect(unknown.headers().location).toMatch(/\/sign-in$/);
  });

  test("the icon browsers ask for on their own leads to the app's icon, not to sign-in", async ({
    request,
  }) => {
    const favicon = await request.get("/favicon.ico", { maxRedirects: 0 });
    expect(favicon.status()).toBe(308);
    expect(new URL(favicon.headers().location ?? "", "http://any").pathname).toBe("/icon.svg");
    const icon = await request.get("/icon.svg");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("svg");
  });
});

test.describe("scripts", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("an API address no route answers is a plain 404 for a token's caller, not the sign-in page", async ({
    request,
  }) => {
    const answer = await request.get("/api/v1/no-such-route", {
      headers: { Authorization: "Bearer sct_forgedforgedforgedforgedforgedforgedforged" },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(404);
    expect(await answer.text()).toBe("No such API route: /api/v1/openapi.json lists them.\n");
  });
});
