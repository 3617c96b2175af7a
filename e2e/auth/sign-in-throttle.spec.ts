import { expect, test } from "@playwright/test";
import { findAuditRecords } from "../fixtures/audit";
import { signInWithPassword } from "../fixtures/sign-in";
import { registerUniqueUser } from "../fixtures/synapse";

// A user of its own, so the lockout touches no other spec. Successful sign-ins elsewhere from this
// address are not counted, and the address allows far more failures than this spec makes.
test("repeated wrong passwords lock the account out with a clear sentence, even for the right one", async ({
  page,
}) => {
  // Seven sign-ins through the page, each a few seconds on a busy machine.
  test.setTimeout(180_000);
  const user = await registerUniqueUser("throttle-e2e", { admin: true });
  // A forged X-Forwarded-For (no trusted proxy is configured) must not change whom the console
  // counts: Next itself would pass this header on as the client's address.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.77" });
  const alert = (text: string) => page.getByRole("alert").filter({ hasText: text });

  for (let i = 0; i < 5; i++) {
    await signInWithPassword(page, user.id, `wrong-password-${i}`);
    await expect(alert("Wrong user ID or password.")).toBeVisible();
  }
  const locked = `Too many failed sign-ins for ${user.id}; try again in 15 minutes.`;
  await signInWithPassword(page, user.id, user.password);
  await expect(alert(locked)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.screenshot({ path: test.info().outputPath("sign-in-locked.png") });

  // Five failures and the refusal are audited, with the address the console saw: the peer's.
  const records = await findAuditRecords("console.sign_in", user.id);
  expect(records.map((record) => record.error_message)).toEqual([
    ...Array<string>(5).fill("Wrong user ID or password."),
    locked,
  ]);
  expect(records.at(-1)?.input).toMatchObject({ method: "password", throttled: "account" });
  expect((records.at(-1)?.input as { clientAddress?: string }).clientAddress).toMatch(
    /^(127\.0\.0\.1|::1)$/,
  );
});
