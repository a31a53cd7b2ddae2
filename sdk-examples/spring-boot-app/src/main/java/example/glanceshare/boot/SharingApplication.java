package example.glanceshare.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An image-sharing service on glanceshare's Spring Boot starter: no glanceshare code beyond the controller.
 * The starter builds the session and client from {@code glanceshare.*} (or {@code OS_*}, clouds.yaml), and the
 * Actuator shows their metrics and health.
 *
 * <pre>
 * GLANCESHARE_AUTH_URL=https://keystone:5000/v3 GLANCESHARE_USERNAME=admin GLANCESHARE_PASSWORD=... \
 * GLANCESHARE_PROJECT_NAME=admin java -jar app.jar
 * curl -X POST localhost:8080/images/IMAGE_ID/members/PROJECT_ID
 * curl localhost:8080/actuator/metrics/glanceshare.operation
 * </pre>
 */
@SpringBootApplication
public class SharingApplication {
    /** @param args Spring Boot's arguments */
    public static void main(String[] args) {
        SpringApplication.run(SharingApplication.class, args);
    }
}
