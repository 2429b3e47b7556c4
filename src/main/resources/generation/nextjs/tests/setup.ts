import { beforeAll } from "vitest";
import { signUp } from "./accounts";
import { useSession } from "./support";

// The entity tests call the API as a signed-in person; tests/sign-in.test.ts checks what happens without one.
beforeAll(async () => {
  useSession(await signUp());
});
