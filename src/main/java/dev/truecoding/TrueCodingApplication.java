package dev.truecoding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TrueCodingApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("generate")) {
            // The command-line generator needs no Spring context and no web server.
            System.exit(dev.truecoding.generation.GenerateCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(TrueCodingApplication.class, args);
    }
}
