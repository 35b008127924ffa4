import { validate, type ValidationError } from "class-validator";
import { badInput } from "./errors.js";

function firstProblem(error: ValidationError, path: string[] = []): { field: string; message: string } {
  const here = [...path, error.property];
  const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
  if (message) return { field: here.join("."), message };
  const child = error.children?.[0];
  return child ? firstProblem(child, here) : { field: here.join("."), message: "is invalid" };
}

/** The field and message of the first failed constraint, e.g. `{ field: "summary", message: "must be ..." }`. */
export function describeValidationErrors(errors: ValidationError[]): { field?: string; message: string } {
  const first = errors[0];
  return first ? firstProblem(first) : { message: "is invalid" };
}

/**
 * Checks a mutation's input object against its class-validator rules. This
 * is the one place inputs are validated (mutations turn type-graphql's own
 * argument validation off), so the API, seeds and CLIs report errors alike:
 * BAD_USER_INPUT naming the field from the argument down, e.g. `input.email`.
 */
export async function validateInput<T extends object>(type: new () => T, values: T, argument = "input"): Promise<T> {
  const instance = Object.assign(new type(), values);
  const errors = await validate(instance, { forbidUnknownValues: true });
  if (errors.length > 0) {
    const { field, message } = describeValidationErrors(errors);
    const path = field ? `${argument}.${field}` : argument;
    throw badInput(path, `${path} ${message}`);
  }
  return instance;
}
