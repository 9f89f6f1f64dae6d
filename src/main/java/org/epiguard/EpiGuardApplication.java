package org.epiguard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
public class EpiGuardApplication {
    public static void main(String[] args) {
        SpringApplication.run(EpiGuardApplication.class, args);
    }
}
