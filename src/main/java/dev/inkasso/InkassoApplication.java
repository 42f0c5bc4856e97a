package dev.inkasso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Inkasso: debt cases carried by the Camunda engine, money and facts kept in the domain database. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class InkassoApplication {
    public static void main(String[] args) {
        SpringApplication.run(InkassoApplication.class, args);
    }
}
