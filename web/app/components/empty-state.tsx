import type { ReactNode } from "react";

/** Said when a list has nothing to show, with a way on. */
export function EmptyState({ children }: { readonly children: ReactNode }) {
  return <div className="empty-state">{children}</div>;
}
