package dev.truecoding.account;

/** Implemented by every principal True Coding creates, whatever the sign-in method. */
interface AuthenticatedAccount {

    SignedInUser account();
}
