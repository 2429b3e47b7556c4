"use client";

import { SignOutButton } from "@clerk/nextjs";
import { words } from "@/lib/words";

/** Sign-out while Clerk signs people in: Clerk ends its session, then the home page shows. */
export default function ClerkSignOutButton() {
  return (
    <SignOutButton redirectUrl="/">
      <button type="button" className="link">
        {words.account.signOut}
      </button>
    </SignOutButton>
  );
}
