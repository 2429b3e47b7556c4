package dev.truecoding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TrueCodingApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrueCodingApplication.class, args);
    }
}
