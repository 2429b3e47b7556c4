/**
 * The plan names Clerk: it signs people in once both its keys are set in the app's environment (CLERK_SECRET_KEY
 * and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY); until then the app's own email and password sign-in does. One switch,
 * read by the proxy, the pages and the session alike, so they always agree on who signs people in.
 * Kept free of other imports: the proxy loads it on every request.
 */
export function clerkConfigured(): boolean {
  return Boolean(process.env.CLERK_SECRET_KEY && process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY);
}
