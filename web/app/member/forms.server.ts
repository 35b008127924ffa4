import { CurrentViewerDocument, type CurrentViewerQuery } from "@hub/schema";

import type { FormFailure } from "../components/forms";
import * as api from "../graphql.server";
import { redirectToSignIn, sessionTokenOf } from "../session.server";

/** Member pages need a session; without one, sign in and come back here. */
export function requireSession(request: Request): string {
  const token = sessionTokenOf(request);
  if (!token) throw redirectToSignIn(request, "required");
  return token;
}

/**
 * Pages for site administrators: others are told plainly that the page is not for them. With
 * `handleEndedSession`, an ended session is the caller's to handle, as for api.request.
 */
export async function requireAdmin(
  request: Request,
  options: Pick<api.RequestOptions, "handleEndedSession"> = {},
): Promise<NonNullable<CurrentViewerQuery["viewer"]>> {
  requireSession(request);
  const { viewer } = await api.request(CurrentViewerDocument, {}, { request, ...options });
  if (!viewer) throw redirectToSignIn(request, "expired");
  if (!viewer.isAdmin)
    throw new Response("Only the site's administrators can add networks and schools.", { status: 403 });
  return viewer;
}

/** What a failed form shows: a message beside the field at fault, or one for the whole form. */
export interface FormProblem {
  /** The form field's name, when the API named one this form has. */
  readonly field?: string;
  readonly message: string;
}

/**
 * Turns the API's BAD_USER_INPUT (whose `extensions.field` is a path such as `input.summary`
 * or `input.links.0.url`) into the form field to mark, using the form's own names where they differ.
 * A refusal (FORBIDDEN, RATE_LIMITED), a save another request beat (CONFLICT: reload and try
 * again) or a form naming nothing that exists (NOT_FOUND: an edited or
 * missing hidden field, or a thing removed meanwhile) is said for the whole form. Other API errors
 * are rethrown for the error page.
 */
export function problemFrom(
  error: unknown,
  fieldNames: ReadonlySet<string>,
  renamed: Readonly<Record<string, string>> = {},
): FormProblem {
  if (
    !(error instanceof api.GraphQLRequestError) ||
    !["BAD_USER_INPUT", "FORBIDDEN", "NOT_FOUND", "RATE_LIMITED", "CONFLICT"].includes(error.code ?? "")
  ) {
    throw error;
  }
  const first = error.errors[0];
  const path = typeof first?.extensions?.["field"] === "string" ? first.extensions["field"] : undefined;
  const message = first?.message ?? "That did not work.";
  if (!path) return { message };
  const [, name = ""] = path.split(".");
  const field = renamed[name] ?? name;
  // "input.summary must be at most 300 characters" reads, beside the Summary box, as "Must be at most 300 characters".
  const text = message.startsWith(`${path} `) ? message.slice(path.length + 1) : message;
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return fieldNames.has(field) ? { field, message: sentence } : { message };
}

/** A form field's single value exactly as typed ("" when absent), to show it again after a failed save. */
export function typed(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** A form field's single value as a trimmed string ("" when absent). */
export function text(form: FormData, name: string): string {
  return typed(form, name).trim();
}

/** Every value of a repeated field (checkboxes), as typed. */
export function typedList(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string");
}

/** Several fields' values as trimmed strings, to send on and to show again if the form comes back. */
export function fieldValues<Field extends string>(form: FormData, fields: readonly Field[]): Record<Field, string> {
  return Object.fromEntries(fields.map((field) => [field, text(form, field)])) as Record<Field, string>;
}

/** Several fields' values exactly as typed, to show them again. */
export function typedValues<Field extends string>(form: FormData, fields: readonly Field[]): Record<Field, string> {
  return Object.fromEntries(fields.map((name) => [name, typed(form, name)])) as Record<Field, string>;
}

/** A failed post of one form of a page of several, to show again as typed (see FormFailure). */
export function failureOf<Name extends string>(
  form: Name,
  formData: FormData,
  fields: readonly string[],
  error: unknown,
): FormFailure<Name> {
  return { form, values: typedValues(formData, fields), problem: problemFrom(error, new Set(fields)) };
}
