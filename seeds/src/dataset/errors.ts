import { DomainError } from "@hub/api";

/** A seed data file that is wrong: names the file and the field, so the fix is obvious. */
export class SeedDataError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    message: string,
  ) {
    super(`${file}: ${field}: ${message}`);
    this.name = "SeedDataError";
  }
}

/**
 * Runs one item's load, turning the API's validation errors into errors that
 * name the data file and its own key for the field (`subjects` rather than
 * `input.subjectSlugs`), so a mistake in the data points at the line to fix.
 */
export async function inFile<T>(file: string, fieldNames: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) {
      const field = (error.field ?? "input").replace(/^input\./, "");
      const key = field.split(".")[0]!;
      throw new SeedDataError(file, fieldNames[key] ?? field, error.message);
    }
    throw error;
  }
}
