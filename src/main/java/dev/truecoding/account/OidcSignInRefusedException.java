package dev.truecoding.account;

class OidcSignInRefusedException extends RuntimeException {

    OidcSignInRefusedException(String message) {
        super(message);
    }
}
