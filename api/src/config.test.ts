import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "./config.js";

describe("API configuration", () => {
  it("refuses to start without a database, naming the variable", () => {
    expect(() => readConfig({ MEILI_URL: "http://127.0.0.1:7700" })).toThrow(ConfigError);
    expect(() => readConfig({ MEILI_URL: "http://127.0.0.1:7700" })).toThrow(/DATABASE_URL is not set/);
  });

  it("names a malformed variable", () => {
    expect(() => readConfig({ DATABASE_URL: "mysql://x/y", MEILI_URL: "http://127.0.0.1:7700" })).toThrow(
      /DATABASE_URL must start with postgres/,
    );
    expect(() => readConfig({ DATABASE_URL: "postgres://u:p@h/d", MEILI_URL: "http://m", PORT: "eighty" })).toThrow(
      /PORT/,
    );
  });

  it("fills defaults", () => {
    const config = readConfig({ DATABASE_URL: "postgres://u:p@h/d", MEILI_URL: "http://m:7700" });
    expect(config).toMatchObject({ PORT: 4000, NODE_ENV: "development", LOG_LEVEL: "info", MEILI_INDEX_PREFIX: "" });
  });

  it("lets one client address ask for 20 account emails an hour unless told otherwise", () => {
    const base = { DATABASE_URL: "postgres://u:p@h/d", MEILI_URL: "http://m:7700" };
    expect(readConfig(base).ACCOUNT_MAIL_PER_CLIENT_PER_HOUR).toBe(20);
    expect(readConfig({ ...base, ACCOUNT_MAIL_PER_CLIENT_PER_HOUR: "500" }).ACCOUNT_MAIL_PER_CLIENT_PER_HOUR).toBe(500);
    expect(() => readConfig({ ...base, ACCOUNT_MAIL_PER_CLIENT_PER_HOUR: "0" })).toThrow(
      /ACCOUNT_MAIL_PER_CLIENT_PER_HOUR/,
    );
  });

  it("limits attachments to 50 MB unless told otherwise, and needs an upload-signing secret in production", () => {
    const base = { DATABASE_URL: "postgres://u:p@h/d", MEILI_URL: "http://m:7700" };
    expect(readConfig(base).FILE_MAX_BYTES).toBe(50 * 1024 * 1024);
    expect(readConfig({ ...base, FILE_MAX_BYTES: "1024" }).FILE_MAX_BYTES).toBe(1024);
    expect(() => readConfig({ ...base, NODE_ENV: "production" })).toThrow(/FILE_URL_SECRET is not set/);
    expect(() => readConfig({ ...base, FILE_URL_SECRET: "short" })).toThrow(/FILE_URL_SECRET must be at least 32/);
  });

  it("records searches for search demand unless told not to, and refuses anything but true or false", () => {
    const base = { DATABASE_URL: "postgres://u:p@h/d", MEILI_URL: "http://m:7700" };
    expect(readConfig(base).SEARCH_RECORDING).toBe(true);
    expect(readConfig({ ...base, SEARCH_RECORDING: "false" }).SEARCH_RECORDING).toBe(false);
    expect(() => readConfig({ ...base, SEARCH_RECORDING: "off" })).toThrow(/SEARCH_RECORDING/);
  });
});
