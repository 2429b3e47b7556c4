package dev.truecoding.toolchain;

/** People's code was about to run where no sandbox can confine it; the message says what to do. */
public class SandboxUnavailableException extends IllegalStateException {

    public SandboxUnavailableException(String message) {
        super(message);
    }
}
