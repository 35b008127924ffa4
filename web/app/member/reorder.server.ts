import { data, redirect } from "@remix-run/node";

import { MOVE_INTENT } from "../components/reorder-list";
import { text } from "./forms.server";

/** A move posted by the ReorderList: which item, and its new place counted from 1 (0 when not a number). */
export function moveFrom(form: FormData): { key: string; position: number } | null {
  if (text(form, "intent") !== MOVE_INTENT) return null;
  const position = Number(text(form, "position"));
  return { key: text(form, "key"), position: Number.isInteger(position) ? position : 0 };
}

/**
 * The answer to a move that worked. The page's own script moved the item already and needs only the
 * new data; a plain form post gets the page again, saying what moved and scrolled to it.
 */
export function afterMove(form: FormData, path: string, key: string) {
  if (text(form, "enhanced")) return data({ moved: key });
  return redirect(`${path}?${new URLSearchParams({ moved: key }).toString()}#item-${encodeURIComponent(key)}`);
}
