import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth";
import { json } from "@/lib/http";

/** The signed-in account, as the app's code needs it. */
export type Account = { id: string; name: string; email: string };

/**
 * The signed-in account of a request, or null. When sign-in cannot work (in production without AUTH_SECRET) this
 * is null too, so what needs a session stays closed while public pages keep working.
 */
export async function accountOf(requestHeaders: Headers): Promise<Account | null> {
  let auth;
  try {
    auth = await getAuth();
  } catch (error) {
    console.error(`Sign-in is off: ${(error as Error).message}`);
    return null;
  }
  const session = await auth.api.getSession({ headers: requestHeaders }).catch((error: unknown) => {
    console.error(`Sign-in is off: ${(error as Error).message}`);
    return null;
  });
  return session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null;
}

/** For an API route that needs a session: the account, or the 401 answer to return. */
export async function requireAccount(request: Request): Promise<Account | Response> {
  return (await accountOf(request.headers)) ?? json({ error: "Sign in to do this" }, 401);
}

/** For a page that needs a session: the account, or a redirect to the sign-in page that comes back to `path`. */
export async function pageAccount(path: string): Promise<Account> {
  const account = await accountOf(await headers());
  if (!account) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return account;
}

/** The account of the page being rendered, if any (the header shows it). */
export async function currentAccount(): Promise<Account | null> {
  return accountOf(await headers());
}

/** Only a path of this app may follow sign-in: never another site ("//evil.example", "https://…"). */
export function safeNext(next: string | string[] | undefined): string {
  const path = Array.isArray(next) ? next[0] : next;
  return path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
