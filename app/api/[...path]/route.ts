import { plainText } from "@/lib/api/plain-text";

// An /api address no route answers gets a plain 404 a script can read, once past the proxy (a
// session cookie, or a bearer token on /api/v1; proxy.ts turns the others away first). Without
// this route the dashboard's catch-all page (app/(dashboard)/[...missing]) would answer it, and
// a token's caller, who has no session, would be sent to the sign-in page.

const noSuchRoute = () => plainText(404, "No such API route: /api/v1/openapi.json lists them.\n");

export function GET() {
  return noSuchRoute();
}

export function POST() {
  return noSuchRoute();
}

export function PUT() {
  return noSuchRoute();
}

export function PATCH() {
  return noSuchRoute();
}

export function DELETE() {
  return noSuchRoute();
}
