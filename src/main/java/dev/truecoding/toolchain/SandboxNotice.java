package dev.truecoding.toolchain;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page learns when people's code is not confined ({@code sandboxNotice}, null when it is): the layout says
 * so, since a person deciding where to put their code should know.
 */
@ControllerAdvice
class SandboxNotice {

    private final Toolchain toolchain;

    SandboxNotice(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    @ModelAttribute("sandboxNotice")
    String sandboxNotice() {
        Sandbox sandbox = toolchain.sandbox();
        return sandbox.state() == Sandbox.State.CONFINED ? null : sandbox.describe();
    }
}
