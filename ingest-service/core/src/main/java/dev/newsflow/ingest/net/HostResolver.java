package dev.newsflow.ingest.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Name resolution, injectable so tests can map names to private addresses without connecting anywhere. */
@FunctionalInterface
public interface HostResolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;

    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
}
