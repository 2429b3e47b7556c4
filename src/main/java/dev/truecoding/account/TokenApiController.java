package dev.truecoding.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api")
@Tag(name = "Account", description = "The signed-in person and their personal access tokens")
class TokenApiController {

    private final PersonalAccessTokens tokens;
    private final AccountService accounts;

    TokenApiController(PersonalAccessTokens tokens, AccountService accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @Operation(summary = "Who the request is signed in as")
    SignedInUser me(SignedInUser user) {
        return user;
    }

    /** @param handle the handle to go by from now on; the old one keeps answering in addresses */
    record AccountChange(String handle) {
    }

    @PatchMapping("/me")
    @Operation(summary = "Change your handle: clone and page addresses use it from now on, old ones keep working "
            + "(400 when malformed or reserved, 409 when someone else's; nothing changes)")
    SignedInUser change(SignedInUser user, @RequestBody AccountChange change) {
        return change.handle() == null ? user : accounts.changeHandle(user.id(), change.handle());
    }

    @ExceptionHandler(HandleRefusedException.class)
    ProblemDetail handleRefused(HandleRefusedException refused) {
        HttpStatus status = refused.reason() == HandleRefusedException.Reason.TAKEN ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return ProblemDetail.forStatusAndDetail(status, refused.getMessage());
    }

    @GetMapping("/tokens")
    @Operation(summary = "List your personal access tokens (never the tokens themselves)")
    List<PersonalAccessToken> list(SignedInUser user) {
        return tokens.list(user.id());
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a personal access token; the response is the only time it is shown")
    CreatedToken create(SignedInUser user, @Valid @RequestBody TokenRequest request) {
        return tokens.create(user.id(), request.name());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a personal access token")
    void revoke(SignedInUser user, @PathVariable String id) {
        tokens.revoke(user.id(), id);
    }
}
