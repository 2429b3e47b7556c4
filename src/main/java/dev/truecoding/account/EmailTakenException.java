package dev.truecoding.account;

class EmailTakenException extends RuntimeException {

    EmailTakenException() {
        super("An account with this email already exists.");
    }
}
