package org.entente;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EntenteApplication {

	public static void main(String[] args) {
		SpringApplication.run(EntenteApplication.class, args);
	}

}
