import { getAuth } from "@/lib/auth";
import { tag } from "./support";

/** Creates an account with email and password, as the sign-up page does, and returns its session cookie. */
export async function signUp(): Promise<string> {
  const auth = await getAuth();
  const id = tag();
  const response = await auth.api.signUpEmail({
    body: { name: `Tester ${id}`, email: `tester-${id}@example.com`, password: `password-${id}` },
    asResponse: true,
  });
  if (!response.ok) throw new Error(`Sign-up failed: HTTP ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
