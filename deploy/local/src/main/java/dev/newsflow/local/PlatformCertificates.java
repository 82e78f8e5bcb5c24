package dev.newsflow.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The secured local platform's certificates, made on first use with the JDK's keytool (no extra library): a CA,
 * and one server certificate for 127.0.0.1/localhost that Kafka and Elasticsearch both present. Everything is
 * written as PEM, the format both servers and every client of the product read.
 */
final class PlatformCertificates {
    private final Path dir;

    PlatformCertificates(Path dir) {
        this.dir = dir;
    }

    /** The CA certificate clients trust (PEM). */
    Path caFile() {
        return dir.resolve("ca.crt");
    }

    /** The server's private key (unencrypted PKCS#8 PEM). */
    Path serverKey() {
        return dir.resolve("server.key");
    }

    /** The server's certificate followed by the CA's (PEM). */
    Path serverCertificate() {
        return dir.resolve("server.crt");
    }

    /** Key and certificate chain in one PEM file, as Kafka's PEM keystore wants them. */
    Path serverKeyAndCertificate() {
        return dir.resolve("server-keystore.pem");
    }

    void ensure() {
        if (Files.exists(serverKeyAndCertificate())) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path work = Files.createTempDirectory(dir, "keytool");
            String storePassword = PlatformSecurity.randomSecret(24);
            Path ca = work.resolve("ca.p12");
            Path server = work.resolve("server.p12");
            keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-validity", "825",
                    "-dname", "CN=newsflow local CA", "-ext", "bc:c", "-keystore", ca.toString(), "-storetype", "PKCS12",
                    "-storepass", storePassword, "-keypass", storePassword);
            keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "825",
                    "-dname", "CN=127.0.0.1", "-keystore", server.toString(), "-storetype", "PKCS12",
                    "-storepass", storePassword, "-keypass", storePassword);
            keytool("-certreq", "-alias", "server", "-keystore", server.toString(), "-storepass", storePassword,
                    "-file", work.resolve("server.csr").toString());
            keytool("-gencert", "-alias", "ca", "-keystore", ca.toString(), "-storepass", storePassword, "-rfc", "-validity", "825",
                    "-infile", work.resolve("server.csr").toString(), "-outfile", work.resolve("server-only.crt").toString(),
                    "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-ext", "KU=digitalSignature,keyEncipherment", "-ext", "EKU=serverAuth,clientAuth");
            keytool("-exportcert", "-alias", "ca", "-keystore", ca.toString(), "-storepass", storePassword, "-rfc",
                    "-file", caFile().toString());
            String chain = Files.readString(work.resolve("server-only.crt")).strip() + "\n" + Files.readString(caFile()).strip() + "\n";
            String key = privateKeyPem(server, storePassword);
            Files.writeString(serverCertificate(), chain);
            Files.writeString(serverKey(), key);
            Files.writeString(serverKeyAndCertificate(), key + chain);
            PlatformSecurity.ownerOnly(serverKey());
            PlatformSecurity.ownerOnly(serverKeyAndCertificate());
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(work);
        } catch (IOException | GeneralSecurityException e) {
            throw new PlatformException("could not create the local platform's certificates in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String privateKeyPem(Path keystore, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        Key key = store.getKey("server", password.toCharArray());
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.home().resolve("bin/keytool").toString());
        command.addAll(List.of(args));
        command.add("-noprompt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool " + args[0] + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        }
    }
}
