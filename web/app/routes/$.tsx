import { NotFoundPage } from "../components/error-pages";

// Unknown URLs throw so the root error boundary renders the 404 page with the right status.
export function loader(): never {
  throw new Response(null, { status: 404 });
}

// A default export keeps this a UI route (a resource route would send the bare Response instead).
export default function NotFound() {
  return <NotFoundPage />;
}
