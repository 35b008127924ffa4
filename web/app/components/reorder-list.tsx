import { Form, useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState, type DragEvent, type ReactNode } from "react";

import { CsrfField } from "./forms";

/** Something that can be moved in a list: a stable key for the form and a label for announcements. */
export interface ReorderItem {
  readonly key: string;
  readonly label: string;
}

/** The fields a move posts; the route's action reads them with `moveFrom` (member/reorder.server.ts). */
export const MOVE_INTENT = "move";

interface ReorderListProps<T extends ReorderItem> {
  readonly items: readonly T[];
  /** The list's accessible name, e.g. "Units in teaching order". */
  readonly label: string;
  readonly csrfToken: string;
  /** The key of the item a plain form post just moved, so the page says where it went. */
  readonly moved?: string | null;
  /** A message about the last move, e.g. the API's refusal, shown in the status line. */
  readonly problem?: string;
  readonly renderItem: (item: T, position: number) => ReactNode;
}

type Direction = "up" | "down";

const movedMessage = (items: readonly ReorderItem[], key: string | null | undefined) => {
  const index = items.findIndex((item) => item.key === key);
  return index < 0 ? "" : `Moved “${items[index]!.label}” to position ${index + 1} of ${items.length}.`;
};

/**
 * An ordered list whose items move with "Move up" and "Move down" buttons: plain form posts
 * without JavaScript (the page comes back with the new order), and the keyboard's way with it.
 * With JavaScript the buttons move the item at once and keep the focus on it, items can also be
 * dragged by their handle, and every move is announced in a live region. The route's action
 * answers the post (intent `move`, `key`, `position` from 1).
 */
export function ReorderList<T extends ReorderItem>(props: ReorderListProps<T>) {
  const { items, label, csrfToken, moved, problem, renderItem } = props;
  const fetcher = useFetcher<{ problem?: { message: string } }>();
  // The order shown, as keys: moved at once on the page, then replaced by the server's after each move.
  const serverKeys = JSON.stringify(items.map((item) => item.key));
  const [keys, setKeys] = useState<string[]>(() => JSON.parse(serverKeys) as string[]);
  const byKey = new Map(items.map((item) => [item.key, item]));
  const order = keys.flatMap((key) => byKey.get(key) ?? []);
  const [enhanced, setEnhanced] = useState(false);
  const [announcement, setAnnouncement] = useState(() =>
    problem ? { text: problem, refused: true } : { text: movedMessage(items, moved), refused: false },
  );
  const [dragging, setDragging] = useState<string | null>(null);
  const refocus = useRef<{ key: string; direction: Direction } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => setEnhanced(true), []);
  // Moves go to the server one at a time, in the order made: each is a position in the list the one before left.
  const queue = useRef<Record<string, string>[]>([]);
  const busy = fetcher.state !== "idle" || queue.current.length > 0;
  useEffect(() => {
    const next = fetcher.state === "idle" ? queue.current.shift() : undefined;
    if (next) fetcher.submit(next, { method: "post" });
    // The fetcher object changes with every render; its state is what matters.
  }, [fetcher.state]);
  // The server's order wins whenever the page's data is loaded again, unless moves are still on their way.
  useEffect(() => {
    if (!busy) setKeys(JSON.parse(serverKeys) as string[]);
  }, [serverKeys, busy]);
  useEffect(() => {
    const refused = fetcher.data?.problem;
    if (refused) {
      queue.current = [];
      setAnnouncement({ text: refused.message, refused: true });
      setKeys(JSON.parse(serverKeys) as string[]);
    }
    // Only a new answer from the server resets the order, not every render.
  }, [fetcher.data]);
  // Moving an item moves its buttons in the page, which drops the focus: put it back on the same button,
  // or on the other one when the item reached the end of the list.
  useEffect(() => {
    const target = refocus.current;
    if (!target || !list.current) return;
    const buttons = [...list.current.querySelectorAll<HTMLButtonElement>("button[data-reorder-key]")].filter(
      (button) => button.dataset["reorderKey"] === target.key,
    );
    (buttons.find((button) => button.dataset["direction"] === target.direction) ?? buttons[0])?.focus();
    refocus.current = null;
  }, [keys]);

  function move(key: string, position: number, direction?: Direction) {
    const from = order.findIndex((item) => item.key === key);
    if (from < 0 || position < 1 || position > order.length || position === from + 1) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(position - 1, 0, item!);
    if (direction) refocus.current = { key, direction };
    setKeys(next.map((entry) => entry.key));
    setAnnouncement({ text: movedMessage(next, key), refused: false });
    const payload = { csrf: csrfToken, intent: MOVE_INTENT, key, position: String(position), enhanced: "1" };
    if (busy) queue.current.push(payload);
    else fetcher.submit(payload, { method: "post" });
  }

  const onDrop = (event: DragEvent, position: number) => {
    event.preventDefault();
    if (dragging) move(dragging, position);
    setDragging(null);
  };

  return (
    <>
      <p className="reorder-status" role="status" aria-live="polite">
        {announcement.text}
        {/* Leaving the page before a move is saved loses it, so say when it is. */}
        {announcement.text && !announcement.refused && (busy ? " Saving…" : " Saved.")}
      </p>
      <ol className="reorder-list" aria-label={label} ref={list}>
        {order.map((item, index) => {
          const position = index + 1;
          return (
            <li
              key={item.key}
              id={`item-${item.key}`}
              className={dragging === item.key ? "reorder-item reorder-item--dragging" : "reorder-item"}
              onDragOver={enhanced ? (event) => event.preventDefault() : undefined}
              onDrop={enhanced ? (event) => onDrop(event, position) : undefined}
            >
              {enhanced && (
                // The buttons are the keyboard's way to move; the handle is only for a pointer.
                <span
                  className="reorder-handle"
                  aria-hidden="true"
                  draggable
                  title="Drag to move"
                  data-testid={`drag-${item.key}`}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = "move";
                    event.dataTransfer.setData("text/plain", item.label);
                    const row = event.currentTarget.closest("li");
                    if (row) event.dataTransfer.setDragImage(row, 16, 16);
                    setDragging(item.key);
                  }}
                  onDragEnd={() => setDragging(null)}
                >
                  ⠿
                </span>
              )}
              <div className="reorder-item__content">{renderItem(item, position)}</div>
              <Form method="post" className="reorder-item__controls">
                <CsrfField token={csrfToken} />
                <input type="hidden" name="intent" value={MOVE_INTENT} />
                <input type="hidden" name="key" value={item.key} />
                {index > 0 && (
                  <MoveButton item={item} direction="up" position={position - 1} onMove={enhanced ? move : undefined} />
                )}
                {index < order.length - 1 && (
                  <MoveButton
                    item={item}
                    direction="down"
                    position={position + 1}
                    onMove={enhanced ? move : undefined}
                  />
                )}
              </Form>
            </li>
          );
        })}
      </ol>
    </>
  );
}

function MoveButton({
  item,
  direction,
  position,
  onMove,
}: {
  item: ReorderItem;
  direction: Direction;
  position: number;
  onMove?: (key: string, position: number, direction: Direction) => void;
}) {
  const label = direction === "up" ? "Move up" : "Move down";
  return (
    <button
      type="submit"
      name="position"
      aria-label={`${label}: ${item.label}`}
      value={position}
      className="button--secondary"
      data-reorder-key={item.key}
      data-direction={direction}
      onClick={
        onMove
          ? (event) => {
              event.preventDefault();
              onMove(item.key, position, direction);
            }
          : undefined
      }
    >
      {label}
    </button>
  );
}
