import { getAuth } from "@/lib/auth";
import { json } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Better Auth's endpoints: /api/auth/sign-up/email, /api/auth/sign-in/email, /api/auth/sign-out, … */
async function handle(request: Request): Promise<Response> {
  let auth;
  try {
    auth = await getAuth();
  } catch (error) {
    console.error(`Sign-in is off: ${(error as Error).message}`);
    return json({ message: "Sign-in is not set up on this server yet." }, 503);
  }
  return auth.handler(request);
}

export { handle as GET, handle as POST };
