package compat.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.testing.DemoSeed;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** Spring Boot 4 maps JSON with Jackson 3; glanceshare's Jackson 2 beside it is not disturbed, nor disturbs it. */
@SpringBootTest
@Import(FakeCloud.class)
class Jackson3Test {
    @Autowired
    JsonMapper springJsonMapper;

    @Autowired
    GlanceClient glance;

    @Autowired
    DemoSeed demo;

    @Test
    void springsJackson3AndGlancesharesJackson2WorkSideBySide() {
        assertThat(springJsonMapper.writeValueAsString(Map.of("image", DemoSeed.IMAGE_NAME)))
                .isEqualTo("{\"image\":\"" + DemoSeed.IMAGE_NAME + "\"}");
        assertThat(glance.images().get(demo.imageId()).name()).contains(DemoSeed.IMAGE_NAME);
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
    }
}
