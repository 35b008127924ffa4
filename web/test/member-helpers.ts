import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import { seriousAccessibilityViolations } from "./browser.js";

/** The password of the sector dataset's demo accounts (loaded by the product's own seed step), from the README. */
export const DEMO_PASSWORD = "hub-demo-2026";

/** Signs in through the sign-in page; waits to leave it, or for its error. */
export async function signIn(page: Page, webUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${webUrl}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Either on to the page asked for, or an error on the sign-in page.
  await Promise.race([page.waitForURL((url) => url.pathname !== "/sign-in"), page.getByRole("alert").waitFor()]);
}

export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual(
    [],
  );
}

/** The error shown for a field, found the way assistive technology finds it: through aria-describedby. */
export async function describedErrorOf(page: Page, label: string, scope: Page | Locator = page): Promise<string> {
  const field = scope.getByLabel(label, { exact: true }).and(page.locator('[aria-invalid="true"]'));
  await field.waitFor();
  const ids = (await field.getAttribute("aria-describedby"))!.split(" ");
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}
