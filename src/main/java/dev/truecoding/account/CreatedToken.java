package dev.truecoding.account;

/** The one moment a token is seen in clear: right after it is created. */
record CreatedToken(PersonalAccessToken details, String token) {
}
