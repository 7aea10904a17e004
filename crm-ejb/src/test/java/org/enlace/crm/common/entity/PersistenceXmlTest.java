package org.enlace.crm.common.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The persistence unit lists its classes (EclipseLink cannot scan on WildFly): none may be missing. */
class PersistenceXmlTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void listsEveryEntityAndConverter() throws IOException {
        String xml = Files.readString(CLASSES.resolve("META-INF/persistence.xml"));
        List<String> listed = Pattern.compile("<class>([^<]+)</class>")
                .matcher(xml)
                .results()
                .map(m -> m.group(1))
                .toList();

        List<String> annotated;
        try (Stream<Path> files = Files.walk(CLASSES)) {
            annotated = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> CLASSES.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(PersistenceXmlTest::isPersistent)
                    .toList();
        }

        assertThat(annotated).isNotEmpty();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(annotated);
    }

    private static boolean isPersistent(String className) {
        Matcher inner = Pattern.compile("\\$").matcher(className);
        if (inner.find()) {
            return false;
        }
        try {
            Class<?> type = Class.forName(className, false, PersistenceXmlTest.class.getClassLoader());
            return type.isAnnotationPresent(Entity.class)
                    || type.isAnnotationPresent(Converter.class)
                    || type.isAnnotationPresent(Embeddable.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
