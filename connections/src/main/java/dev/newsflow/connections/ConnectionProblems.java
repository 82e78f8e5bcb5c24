package dev.newsflow.connections;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.elasticsearch.client.ResponseException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.security.cert.CertificateException;

/**
 * One sentence on why a connection to Elasticsearch failed, naming what was refused, for readiness and logs.
 * It never repeats a credential: only the kind of credential and the server's own reason.
 */
public final class ConnectionProblems {
    private ConnectionProblems() {
    }

    public static String elasticsearch(Throwable failure, ElasticsearchSettings settings) {
        Integer status = status(failure);
        if (status != null && status == 401) {
            return "Elasticsearch at " + settings.url() + " refused the credentials (" + settings.authenticationKind() + "): authentication failed.";
        }
        if (status != null && status == 403) {
            return "Elasticsearch at " + settings.url() + " refused the request: the credentials (" + settings.authenticationKind()
                    + ") lack a privilege.";
        }
        if (has(failure, CertificateException.class) || (has(failure, SSLException.class) && settings.url().startsWith("https"))) {
            return "the TLS handshake with Elasticsearch at " + settings.url() + " failed: its certificate is not trusted by "
                    + (settings.caFile() == null ? "the JVM's default CAs (set " + ElasticsearchSettings.CA_FILE + ")" : "the CA file " + settings.caFile()) + ".";
        }
        if (has(failure, SSLException.class) || (status == null && settings.url().startsWith("http:") && mentions(failure, "closed"))) {
            return "Elasticsearch at " + settings.url() + " closed the connection: it may expect https.";
        }
        if (has(failure, ConnectException.class)) {
            return "Elasticsearch is not reachable at " + settings.url() + ".";
        }
        if (status != null) {
            return "Elasticsearch at " + settings.url() + " answered " + status + ".";
        }
        return "Elasticsearch at " + settings.url() + " cannot be used: " + root(failure).getClass().getSimpleName() + ".";
    }

    private static Integer status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ElasticsearchException e) {
                return e.status();
            }
            if (t instanceof ResponseException e) {
                return e.getResponse().getStatusLine().getStatusCode();
            }
            if (t instanceof TransportException e && e.statusCode() > 0) {
                return e.statusCode();
            }
        }
        return null;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable failure, String word) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
