package dev.truecoding.account;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets any controller declare a {@link SignedInUser} parameter. */
class SignedInUserArgumentResolver implements HandlerMethodArgumentResolver {

    /** The person signed in, as their row reads now (see {@link FreshAccountFilter}), else as the session holds them. */
    static SignedInUser current() {
        SignedInUser held = held(SecurityContextHolder.getContext().getAuthentication());
        if (held == null) {
            return null;
        }
        var request = RequestContextHolder.getRequestAttributes();
        Object fresh = request == null ? null : request.getAttribute(FreshAccountFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return fresh instanceof FreshAccountFilter.Fresh person && person.isFor(held) ? person.get() : held;
    }

    static SignedInUser held(org.springframework.security.core.Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        if (authentication instanceof AuthenticatedAccount account) {
            return account.account();
        }
        return authentication.getPrincipal() instanceof AuthenticatedAccount account ? account.account() : null;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(SignedInUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        SignedInUser user = current();
        if (user == null) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        return user;
    }
}
