package compat.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot service that publishes images to tenant projects through glanceshare. */
@SpringBootApplication
public class ImageSharingApplication {
    public static void main(String[] args) {
        SpringApplication.run(ImageSharingApplication.class, args);
    }
}
