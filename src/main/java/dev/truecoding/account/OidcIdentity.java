package dev.truecoding.account;

/** What an OpenID Connect issuer tells about a person in its ID token. */
record OidcIdentity(String subject, String email, String name, String pictureUrl) {
}
