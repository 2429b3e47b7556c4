package dev.truecoding.git.local;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository's clone address opened in a browser ({@code GET /git/<owner>/<name>.git}) goes on to its page, as
 * GitHub's {@code .git} addresses do. git itself never asks for that address alone (it asks for
 * {@code …/info/refs?service=…} and posts to {@code …/git-upload-pack}), so nothing git sends is redirected. The page
 * checks who may see it, as for any page.
 */
class RepositoryPageRedirectFilter extends OncePerRequestFilter {

    private static final Pattern REPOSITORY_ROOT = Pattern.compile("^/git/([^/]+)/([^/]+)\\.git/?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher root = REPOSITORY_ROOT.matcher(path);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && root.matches() && RepositoryNames.isOwnerId(root.group(1)) && RepositoryNames.isSafe(root.group(2))) {
            response.sendRedirect(request.getContextPath() + "/repositories/" + root.group(1) + "/" + root.group(2));
            return;
        }
        chain.doFilter(request, response);
    }
}
