package dev.glanceshare.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code glanceshare.*} properties. With {@code glanceshare.auth-url} set, the session is built from these;
 * otherwise from clouds.yaml ({@code glanceshare.cloud} or {@code OS_CLOUD}) or the {@code OS_*} variables, as
 * the {@code openstack} command line reads them. Secrets are never logged; Actuator's {@code configprops}
 * endpoint masks them (their names contain "password" or "secret").
 */
@ConfigurationProperties(prefix = "glanceshare")
public class GlanceshareProperties {
    /** Keystone's URL, such as https://keystone.example.com:5000/v3. Set it to configure with these properties. */
    private String authUrl;
    /** The cloud to read from clouds.yaml (instead of OS_CLOUD) when no auth-url is set. */
    private String cloud;
    /** The user's name, for password authentication. */
    private String username;
    /** The user's password. */
    private String password;
    /** The user's domain name. */
    private String userDomainName = "Default";
    /** An application credential's ID, instead of a user name and password. */
    private String applicationCredentialId;
    /** The application credential's secret. */
    private String applicationCredentialSecret;
    /** The project to scope the token to, by name (with project-domain-name). */
    private String projectName;
    /** The project's domain name. */
    private String projectDomainName = "Default";
    /** The project to scope the token to, by ID (instead of project-name). */
    private String projectId;
    /** The region whose endpoints to use; needed when the catalog has several. */
    private String region;
    /** The catalog interface: public, internal or admin. */
    private String endpointInterface = "public";
    /** The image endpoint to use instead of the catalog's, such as http://glance:9292. */
    private String imageEndpoint;
    /** A PEM file of CA certificates to trust besides the JDK's. */
    private Path caCertificate;
    /** Turns TLS certificate and host name checks off (logs a warning). */
    private boolean insecure;
    /** How long to wait for a connection. */
    private Duration connectTimeout = Duration.ofSeconds(10);
    /** How long to wait for response data. */
    private Duration responseTimeout = Duration.ofSeconds(60);
    /** The connection pool's size. */
    private int maxConnections = 64;
    /** Bulk sharing (the BulkSharing bean). */
    private final Bulk bulk = new Bulk();
    /** Metrics and traces. */
    private final Observation observation = new Observation();

    /** @return Keystone's URL */
    public String getAuthUrl() { return authUrl; }
    /** @param value Keystone's URL */
    public void setAuthUrl(String value) { this.authUrl = value; }
    /** @return the clouds.yaml cloud */
    public String getCloud() { return cloud; }
    /** @param value the clouds.yaml cloud */
    public void setCloud(String value) { this.cloud = value; }
    /** @return the user name */
    public String getUsername() { return username; }
    /** @param value the user name */
    public void setUsername(String value) { this.username = value; }
    /** @return the password */
    public String getPassword() { return password; }
    /** @param value the password */
    public void setPassword(String value) { this.password = value; }
    /** @return the user's domain name */
    public String getUserDomainName() { return userDomainName; }
    /** @param value the user's domain name */
    public void setUserDomainName(String value) { this.userDomainName = value; }
    /** @return the application credential ID */
    public String getApplicationCredentialId() { return applicationCredentialId; }
    /** @param value the application credential ID */
    public void setApplicationCredentialId(String value) { this.applicationCredentialId = value; }
    /** @return the application credential secret */
    public String getApplicationCredentialSecret() { return applicationCredentialSecret; }
    /** @param value the application credential secret */
    public void setApplicationCredentialSecret(String value) { this.applicationCredentialSecret = value; }
    /** @return the project name */
    public String getProjectName() { return projectName; }
    /** @param value the project name */
    public void setProjectName(String value) { this.projectName = value; }
    /** @return the project's domain name */
    public String getProjectDomainName() { return projectDomainName; }
    /** @param value the project's domain name */
    public void setProjectDomainName(String value) { this.projectDomainName = value; }
    /** @return the project ID */
    public String getProjectId() { return projectId; }
    /** @param value the project ID */
    public void setProjectId(String value) { this.projectId = value; }
    /** @return the region */
    public String getRegion() { return region; }
    /** @param value the region */
    public void setRegion(String value) { this.region = value; }
    /** @return the catalog interface */
    public String getEndpointInterface() { return endpointInterface; }
    /** @param value the catalog interface */
    public void setEndpointInterface(String value) { this.endpointInterface = value; }
    /** @return the image endpoint override */
    public String getImageEndpoint() { return imageEndpoint; }
    /** @param value the image endpoint override */
    public void setImageEndpoint(String value) { this.imageEndpoint = value; }
    /** @return the CA file */
    public Path getCaCertificate() { return caCertificate; }
    /** @param value the CA file */
    public void setCaCertificate(Path value) { this.caCertificate = value; }
    /** @return whether TLS checks are off */
    public boolean isInsecure() { return insecure; }
    /** @param value whether TLS checks are off */
    public void setInsecure(boolean value) { this.insecure = value; }
    /** @return the connect timeout */
    public Duration getConnectTimeout() { return connectTimeout; }
    /** @param value the connect timeout */
    public void setConnectTimeout(Duration value) { this.connectTimeout = value; }
    /** @return the response timeout */
    public Duration getResponseTimeout() { return responseTimeout; }
    /** @param value the response timeout */
    public void setResponseTimeout(Duration value) { this.responseTimeout = value; }
    /** @return the pool size */
    public int getMaxConnections() { return maxConnections; }
    /** @param value the pool size */
    public void setMaxConnections(int value) { this.maxConnections = value; }
    /** @return the bulk settings */
    public Bulk getBulk() { return bulk; }
    /** @return the observation settings */
    public Observation getObservation() { return observation; }

    /** Bulk sharing settings. */
    public static class Bulk {
        /** Requests in flight at once, 1 to 256. */
        private int parallelism = 4;
        /** Retries per image and project after a 429 or an unknown outcome. */
        private int maxRetries = 5;
        /** Stop at the first failure instead of trying every pair. */
        private boolean stopOnFailure;
        /** Make a private image shared before adding members (never public or community ones). */
        private boolean makeShared;

        /** @return the parallelism */
        public int getParallelism() { return parallelism; }
        /** @param value the parallelism */
        public void setParallelism(int value) { this.parallelism = value; }
        /** @return the retries per pair */
        public int getMaxRetries() { return maxRetries; }
        /** @param value the retries per pair */
        public void setMaxRetries(int value) { this.maxRetries = value; }
        /** @return whether to stop at the first failure */
        public boolean isStopOnFailure() { return stopOnFailure; }
        /** @param value whether to stop at the first failure */
        public void setStopOnFailure(boolean value) { this.stopOnFailure = value; }
        /** @return whether private images are made shared */
        public boolean isMakeShared() { return makeShared; }
        /** @param value whether private images are made shared */
        public void setMakeShared(boolean value) { this.makeShared = value; }
    }

    /** Metrics and traces settings. */
    public static class Observation {
        /** Report operations, exchanges, tokens and the pool to the application's Micrometer registries. */
        private boolean enabled = true;

        /** @return whether observation is on */
        public boolean isEnabled() { return enabled; }
        /** @param value whether observation is on */
        public void setEnabled(boolean value) { this.enabled = value; }
    }
}
