package dev.truecoding.system;

import org.junit.jupiter.api.Test;

import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTests {

    @Test
    void idsAreCuidShapedUniqueAndOrderedByCreation() throws InterruptedException {
        var seen = new HashSet<String>();
        String previous = Ids.newId();
        for (int i = 0; i < 20_000; i++) {
            String id = Ids.newId();
            assertThat(id).hasSize(25).matches("c[0-9a-z]{24}");
            assertThat(seen.add(id)).isTrue();
        }
        Thread.sleep(2);
        assertThat(Ids.newId().substring(0, 9)).isGreaterThan(previous.substring(0, 9));
    }
}
