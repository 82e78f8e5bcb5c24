package dev.newsflow.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What {@code docker load} / {@code podman load} / {@code ctr import} check in the images {@code jib:buildTar} wrote
 * ({@code ./mvnw -Pimages ... package}): manifest.json names a config and layers that are in the tarball, each layer's
 * uncompressed SHA-256 equals the config's diff_id, the entrypoint starts the Quarkus fast-jar that the layers hold,
 * as a non-root user, on the service's own port. Without -Pimages there is no tarball and the test is skipped;
 * with it ({@code newsflow.images.required=true}) a missing tarball fails.
 */
class ImageTarballTest {
    @ParameterizedTest
    @ValueSource(strings = {"ingest", "clean", "extract", "index", "setup"})
    void jibBuildTarWritesALoadableImage(String image) throws Exception {
        Path tar = image.equals("setup") ? Manifests.MODULE.resolve("target/jib-image.tar")
                : Manifests.ROOT.resolve(image + "-service/app/target/jib-image.tar");
        if (!Files.exists(tar)) {
            assertFalse(Boolean.getBoolean("newsflow.images.required"), tar + " was not built");
            Assumptions.abort("no image tarball at " + tar + ": build the images with ./mvnw -Pimages (deploy/README.md, Images)");
        }
        Map<String, byte[]> small = new HashMap<>();
        Map<String, String> layerDigests = new HashMap<>();
        Map<String, List<String>> layerFiles = new HashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tar))) {
            Tar.each(in, (name, content) -> {
                if (name.endsWith(".json")) {
                    small.put(name, content.readAllBytes());
                } else {
                    MessageDigest sha = sha256();
                    List<String> files = new ArrayList<>();
                    InputStream raw = new BufferedInputStream(content);
                    raw.mark(2);
                    int b1 = raw.read(), b2 = raw.read();
                    raw.reset();
                    InputStream layer = (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(raw) : raw;
                    DigestInputStream digesting = new DigestInputStream(layer, sha);
                    Tar.each(digesting, (file, body) -> files.add(file));
                    digesting.transferTo(java.io.OutputStream.nullOutputStream());
                    layerDigests.put(name, "sha256:" + HexFormat.of().formatHex(sha.digest()));
                    layerFiles.put(name, files);
                }
            });
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(small.get("manifest.json")).get(0);
        assertNotNull(manifest, "manifest.json");
        JsonNode config = json.readTree(small.get(manifest.path("Config").asText()));
        assertNotNull(config, "config " + manifest.path("Config"));
        assertEquals("linux", config.path("os").asText());
        List<String> layers = new ArrayList<>();
        manifest.path("Layers").forEach(l -> layers.add(l.asText()));
        assertEquals(layers.size(), config.path("rootfs").path("diff_ids").size(), "one diff_id per layer");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            assertTrue(layerDigests.containsKey(layers.get(i)), layers.get(i) + " missing from the tarball");
            assertEquals(config.path("rootfs").path("diff_ids").get(i).asText(), layerDigests.get(layers.get(i)), "diff_id of " + layers.get(i));
            layerFiles.get(layers.get(i)).forEach(f -> all.add(f.replaceFirst("^\\./", "")));
        }
        assertTrue(all.contains("opt/java/bin/java"), "the JRE of the base");
        String user = config.path("config").path("User").asText();
        assertFalse(user.isEmpty() || user.startsWith("0") || user.startsWith("root"), "non-root user: " + user);
        String entrypoint = config.path("config").path("Entrypoint").toString();
        if (image.equals("setup")) {
            assertTrue(entrypoint.contains("dev.newsflow.k8s.ClusterSetup"), entrypoint);
        } else {
            assertTrue(entrypoint.contains("/deployments/quarkus-run.jar"), entrypoint);
            assertTrue(all.contains("deployments/quarkus-run.jar"), "the fast-jar is in a layer");
            assertFalse(all.stream().anyMatch(f -> f.startsWith("app/")), "jib's duplicate /app layers are filtered");
            String port = Manifests.properties(image).getProperty("quarkus.http.port");
            assertTrue(config.path("config").path("ExposedPorts").has(port + "/tcp"), "exposes quarkus.http.port " + port);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal ustar/GNU reader: names and bodies of regular files. */
    static final class Tar {
        interface Entry {
            void accept(String name, InputStream content) throws IOException;
        }

        static void each(InputStream in, Entry entry) throws IOException {
            byte[] header = new byte[512];
            String longName = null;
            while (true) {
                if (in.readNBytes(header, 0, 512) < 512) {
                    return;
                }
                if (header[0] == 0) {
                    return;
                }
                String name = longName != null ? longName : field(header, 0, 100);
                longName = null;
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty() && header[156] != 'L') {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
                char type = (char) header[156];
                long padded = (size + 511) / 512 * 512;
                if (type == 'L') {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    b.write(in.readNBytes((int) size));
                    discard(in, padded - size);
                    longName = b.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                if (type == '0' || type == 0) {
                    InputStream body = new BoundedStream(in, size);
                    entry.accept(name, body);
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                    discard(in, padded - size);
                } else {
                    discard(in, padded);
                }
            }
        }

        /** Reads (not skips) the bytes, so a digest over the stream sees them. */
        private static void discard(InputStream in, long n) throws IOException {
            byte[] buffer = new byte[8192];
            while (n > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
                if (read < 0) {
                    throw new IOException("tar entry truncated");
                }
                n -= read;
            }
        }

        private static String field(byte[] header, int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedStream(InputStream in, long size) {
            this.in = in;
            this.left = size;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
