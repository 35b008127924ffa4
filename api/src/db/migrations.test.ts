import { describe, expect, it } from "vitest";
import { startTestApi } from "../../test/harness.js";

describe("migrations", () => {
  it("leave the database exactly as the entities describe it", async () => {
    const api = await startTestApi();
    const diff = await api.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe("");
  });
});
