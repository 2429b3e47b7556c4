package dev.truecoding.git.local;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.FileToCommit;
import dev.truecoding.git.ProgressListener;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RepositoryPageTests extends ApplicationTest {

    @Autowired
    LocalGitHost host;

    @Autowired
    AccountService accounts;

    private SignedInUser user(ApiUser person) {
        return accounts.authenticateWithToken(person.email(), person.token()).orElseThrow();
    }

    private String page(ApiUser person, String url, int status) throws Exception {
        return mvc.perform(get(java.net.URI.create(url)).session(person.session())).andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theOwnerSeesTheTreeAFileAndTheHistory() throws Exception {
        ApiUser ada = signUp();
        RepositoryRef ref = host.createRepository(user(ada), "Recipe Box");
        String sha = host.commitFiles(user(ada), ref, List.of(FileToCommit.text("README.md", "# Recipes\n"),
                        FileToCommit.text("app/[id]/page.tsx", "line one\nline two\n")),
                "Generate Recipe box", "True Coding", "generator@truecoding.dev", ProgressListener.NONE).sha();
        String base = "/repositories/" + ref.owner() + "/" + ref.name();

        String root = page(ada, base, 200);
        assertThat(root).contains("README.md", "app/", "git clone " + ref.cloneUrl(), "data-copy=\"#clone-command\"",
                "Settings → Access tokens", ada.email(), sha.substring(0, 7));
        assertThat(root).contains("href=\"" + base + "/tree/app\"");

        assertThat(page(ada, base + "/tree/app", 200)).contains("[id]/", "href=\"" + base + "/tree/app/%5Bid%5D\"");
        String file = page(ada, base + "/blob/app/%5Bid%5D/page.tsx", 200);
        assertThat(file).contains("line one", "line two", "id=\"L2\"").doesNotContain("id=\"L3\"");

        String history = page(ada, base + "/commits", 200);
        assertThat(history).contains(sha.substring(0, 7), "Generate Recipe box", "True Coding");
    }

    @Test
    void fileContentIsEscaped() throws Exception {
        ApiUser ada = signUp();
        RepositoryRef ref = host.createRepository(user(ada), "xss");
        host.commitFiles(user(ada), ref, List.of(FileToCommit.text("index.html", "<script>alert('x')</script>\n")),
                "<b>bold</b> message", "Eve & Co", "eve@example.com", ProgressListener.NONE);
        String base = "/repositories/" + ref.owner() + "/" + ref.name();

        assertThat(page(ada, base + "/blob/index.html", 200))
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(page(ada, base + "/commits", 200)).contains("&lt;b&gt;bold&lt;/b&gt;", "Eve &amp; Co")
                .doesNotContain("<b>bold</b>");
    }

    @Test
    void anEmptyRepositorySaysSoAndHowToPush() throws Exception {
        ApiUser ada = signUp();
        RepositoryRef ref = host.createRepository(user(ada), "empty");

        String page = page(ada, "/repositories/" + ref.owner() + "/" + ref.name(), 200);

        assertThat(page).contains("This repository is empty", "git push -u origin main");
        page(ada, "/repositories/" + ref.owner() + "/" + ref.name() + "/blob/README.md", 404);
    }

    @Test
    void aPortugueseBrowserSeesTheRepositoryTheFileAndTheHistoryInPortuguese() throws Exception {
        ApiUser ada = signUp();
        RepositoryRef ref = host.createRepository(user(ada), "Receitas");
        String base = "/repositories/" + ref.owner() + "/" + ref.name();
        assertThat(portuguese(ada, base)).contains("Este repositório está vazio", "Você também pode fazer push")
                .doesNotContain("This repository is empty", "You can also push");
        host.commitFiles(user(ada), ref, List.of(FileToCommit.text("README.md", "# Receitas\n"),
                FileToCommit.text("app/page.tsx", "linha um\nlinha dois\n")), "Gerar", "True Coding", "generator@truecoding.dev", ProgressListener.NONE);

        assertThat(portuguese(ada, base))
                .contains(">Repositório<", "Hospedado pelo True Coding no branch <code>main</code>", ">Histórico<", "<h2>Clonar</h2>",
                        "aria-label=\"Comando para clonar\"", ">Copiar<", "data-copied=\"Copiado\"", "Usuário:",
                        "Senha: um token de acesso pessoal de", "Configurações → Tokens de acesso", "não a sua senha de entrada",
                        "Último commit", ">Nome<", "aria-label=\"Trilha de navegação\"")
                .doesNotContain(">Repository<", "Hosted by", ">History<", ">Clone<", "Clone command", ">Copy<", "User name:",
                        "Password:", "Settings → Access tokens", "sign-in", "Latest commit", ">Name<", "aria-label=\"Breadcrumb\"");
        assertThat(portuguese(ada, base + "/blob/app/page.tsx")).contains("20 bytes · 2 linhas").doesNotContain(" lines");
        assertThat(portuguese(ada, base + "/commits"))
                .contains("<title>Histórico · " + ref.name() + " · True Coding</title>", "Histórico de <code>main</code>", ">Mensagem<", ">Autor<", ">Data<")
                .doesNotContain("History", ">Message<", ">Author<", ">Date<");
    }

    private String portuguese(ApiUser person, String url) throws Exception {
        return mvc.perform(get(java.net.URI.create(url)).session(person.session()).header("Accept-Language", "pt-BR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void someoneElsesRepositoryIsNotFoundLikeAMissingOne() throws Exception {
        ApiUser ada = signUp();
        ApiUser grace = signUp();
        RepositoryRef ref = host.createRepository(user(ada), "private");
        host.commitFiles(user(ada), ref, List.of(FileToCommit.text("secret.txt", "ada's")), "m", "A", "a@example.com", ProgressListener.NONE);
        String base = "/repositories/" + ref.owner() + "/" + ref.name();

        assertThat(page(grace, base, 404)).doesNotContain("secret.txt");
        page(grace, base + "/blob/secret.txt", 404);
        page(grace, base + "/commits", 404);
        page(ada, "/repositories/" + ref.owner() + "/missing", 404);
        page(ada, base + "/tree/nope", 404);
        mvc.perform(get(base)).andExpect(status().is3xxRedirection());
    }
}
