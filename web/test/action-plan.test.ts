import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";
import { expectNoSeriousViolations, signedIn, unique, useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const newPage = useBrowser();

// In the sector dataset: Compass Hub's lead, and a contributor of Compass Hub who is not a moderator.
const COMPASS_LEAD = "sofia.marques@example.org";
const COMPASS_CONTRIBUTOR = "rachel.kim@example.org";
const INSIGHT = `${webUrl}/me/insight/compass-hub`;

describe("matches for action planning on the insight page", () => {
  it("a hub lead turns a partner hub's match into a plan item, sees it listed and downloads the plan as CSV", async () => {
    // Without JavaScript: the plan's forms are plain posts.
    const page = await signedIn(newPage, COMPASS_LEAD, { javaScriptEnabled: false });
    await page.goto(INSIGHT);
    const matches = page.getByRole("region", { name: "Matches for action planning" });
    const reading = matches.getByRole("region", { name: "Early reading and phonics" });
    const partner = reading.getByRole("region", { name: "In partner networks" });
    await expect(partner.getByRole("link", { name: "Consistent phonics teaching across a hub" }).count()).resolves.toBe(
      1,
    );
    const match = partner.getByRole("listitem").filter({ hasText: "St Pancras Fields Primary" }).first();
    await match.getByText("Add to plan", { exact: false }).first().click();

    const note = unique("Visit the phonics lessons");
    await match.getByLabel("What to do").fill(note);
    await match.getByLabel("Owner").fill("Reading lead");
    await match.getByLabel("Due by").fill("2030-06-30");
    await match.getByRole("button", { name: "Add to plan" }).click();

    await page.waitForURL((url) => url.pathname === "/me/insight/compass-hub" && url.hash === "#plan");
    const plan = page.getByRole("region", { name: "Action plan", exact: true });
    const row = plan.getByRole("row").filter({ hasText: note });
    await expect(row.innerText()).resolves.toMatch(/Reading lead\s+2030-06-30\s+St Pancras Fields Primary \(142008\)/);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      plan.getByRole("link", { name: /Download .The network.s action plan. as CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^compass-hub-plan-.*\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv.split("\r\n")[0]).toBe("Theme,What to do,Owner,Due by,School,Area of Excellence,Added by,Added on");
    expect(csv).toContain(
      `Early reading and phonics,${note},Reading lead,2030-06-30,St Pancras Fields Primary (142008),Consistent phonics teaching across a hub,Sofia Marques,`,
    );

    // With JavaScript on, the page as the lead left it has nothing serious for axe.
    const checker = await signedIn(newPage, COMPASS_LEAD);
    await checker.goto(INSIGHT);
    await checker.getByRole("heading", { level: 1 }).waitFor();
    await expectNoSeriousViolations(checker);
  });

  it("shows a network member the matches but not the plan, in the page or its CSV", async () => {
    const page = await signedIn(newPage, COMPASS_CONTRIBUTOR, { javaScriptEnabled: false });
    await page.goto(INSIGHT);
    await page
      .getByRole("region", { name: "Matches for action planning" })
      .getByText("In partner networks")
      .first()
      .waitFor();
    const plan = page.getByRole("region", { name: "Action plan", exact: true });
    await expect(plan.innerText()).resolves.toContain("kept by the network’s leads and moderators");
    await expect(page.getByText("Add to plan").count()).resolves.toBe(0);
    const csv = await page.request.get(`${INSIGHT}/plan.csv`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(1);
  });
});
