import { clerkMiddleware } from "@clerk/nextjs/server";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { clerkConfigured } from "@/lib/clerk";

/**
 * Clerk's middleware when its keys are set: it reads the request's Clerk session (cookie or bearer token), which
 * the routes then ask for through src/lib/session.ts — those that need a session answer 401 without one, pages
 * redirect to /sign-in. Without the keys requests pass as they are and the app's own sign-in applies.
 */
const clerk = clerkMiddleware();

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (!clerkConfigured()) return NextResponse.next();
  const response = (await clerk(request, event)) as Response | null | undefined;
  // Clerk hands what it read to the routes as request headers by "rewriting" to the very same URL. Under another
  // host name than the one Next.js started with (127.0.0.1 behind a proxy, a custom domain), Next.js takes that URL
  // for another server and forwards the request to it, again and again; going on instead carries the same headers.
  const rewrite = response?.headers.get("x-middleware-rewrite");
  if (response && rewrite) {
    const to = new URL(rewrite);
    if (to.pathname === request.nextUrl.pathname && to.search === request.nextUrl.search) {
      response.headers.delete("x-middleware-rewrite");
      response.headers.set("x-middleware-next", "1");
    }
  }
  return response;
}

export const config = {
  // Every page and API route; not Next.js' own files nor static ones.
  matcher: [
    "/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)",
    "/(api|trpc)(.*)",
  ],
};
