/**
 * People and how they sign in: local accounts (email and password), OpenID Connect (Clerk or any issuer,
 * the subject kept in {@code users.clerk_id}), sessions, and personal access tokens for the API and git.
 * Other modules see only {@link dev.truecoding.account.SignedInUser} and {@link dev.truecoding.account.AccountService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package dev.truecoding.account;
