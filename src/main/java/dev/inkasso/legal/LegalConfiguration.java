package dev.inkasso.legal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;

@Configuration
class LegalConfiguration {
    static final String STATE_FEES = "legal/state-fees.json";

    record StateFeeFile(List<StateFeeSchedule> schedules) {
    }

    @Bean
    StateFee stateFee(ObjectMapper json) throws IOException {
        try (InputStream in = new ClassPathResource(STATE_FEES).getInputStream()) {
            return new StateFee(json.readValue(in, StateFeeFile.class).schedules());
        }
    }

    /** Brings the key-rate table up to the shipped seed before anything calculates with it. */
    @Bean
    @Order(5)
    ApplicationRunner seedKeyRates(KeyRates keyRates) {
        return args -> keyRates.seed();
    }
}
