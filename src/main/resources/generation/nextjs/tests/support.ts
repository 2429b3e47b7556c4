import { randomUUID } from "node:crypto";

export { randomUUID };

/** A short random text, so that values of unique fields never clash between tests. */
export const tag = (): string => randomUUID().slice(0, 8);

export const randomInt = (): number => Math.floor(Math.random() * 1_000_000);

export const randomDate = (): string =>
  new Date(Date.UTC(1990 + (randomInt() % 40), randomInt() % 12, 1 + (randomInt() % 28))).toISOString().slice(0, 10);

/** A time of day as PostgreSQL returns it ("07:15:00"). */
export const randomTime = (): string =>
  `${String(randomInt() % 24).padStart(2, "0")}:${String(randomInt() % 60).padStart(2, "0")}:00`;

export const randomDateTime = (): string =>
  new Date(Date.UTC(1990 + (randomInt() % 40), randomInt() % 12, 1 + (randomInt() % 28), randomInt() % 24, randomInt() % 60)).toISOString();

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

let signedIn: string | null = null;

/** The session cookie requests carry when a test does not say (null: none, as an anonymous visitor). */
export function useSession(cookie: string | null): void {
  signedIn = cookie;
}

/**
 * Calls a route handler as Next.js would, and reads its JSON answer. `cookie` overrides the session of
 * {@link useSession}: null sends the request without one.
 */
export async function send(
  handler: Handler,
  method: string,
  options: { body?: unknown; id?: string; query?: string; cookie?: string | null } = {},
): Promise<{ status: number; body: any }> {
  const cookie = options.cookie === undefined ? signedIn : options.cookie;
  const request = new Request(`http://localhost/api${options.query ?? ""}`, {
    method,
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await handler(request, { params: Promise.resolve({ id: options.id ?? "" }) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** What a value looks like after a trip through JSON, as the API returns it. */
export const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
