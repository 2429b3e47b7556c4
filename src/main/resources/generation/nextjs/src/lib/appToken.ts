import { createHash, timingSafeEqual } from "node:crypto";
import { json } from "@/lib/http";

export const NO_STORE = { "cache-control": "no-store" };

/**
 * The refusal for a request to True Coding's internal routes (/api/truecoding/…), or null when it carries
 * TRUECODING_APP_TOKEN: without that variable the routes do not exist (404); a missing or wrong token is a 401.
 */
export function appTokenRefusal(request: Request): Response | null {
  const token = process.env.TRUECODING_APP_TOKEN;
  if (!token) return json({ error: "Not found" }, 404, NO_STORE);
  const header = request.headers.get("authorization") ?? "";
  const given = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
  return sameSecret(given, token) ? null : json({ error: "A valid token is needed" }, 401, NO_STORE);
}

/** Compares digests, so neither the length nor the first differing character of the token shows in the timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
