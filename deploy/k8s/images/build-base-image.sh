#!/usr/bin/env bash
# Builds the services' base image without a registry or a Docker daemon: a jlink'd Java 17 runtime, the shared
# libraries it links against (copied from this machine), CA certificates, a non-root user (65532) and /tmp.
# Writes a `docker save` tarball that jib reads as `tar://` base (see deploy/README.md, "Images").
#   deploy/k8s/images/build-base-image.sh [OUT.tar]     (default: deploy/k8s/images/base/jre17-base.tar)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-$here/base/jre17-base.tar}")"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jlink="$java_home/bin/jlink"
[ -x "$jlink" ] || { echo "jlink not found under $java_home (install a JDK 17: apt-get install openjdk-17-jdk-headless)" >&2; exit 1; }
"$java_home/bin/java" -version 2>&1 | grep -q '"17\.' || { echo "JAVA_HOME=$java_home is not a Java 17 JDK" >&2; exit 1; }

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
root="$work/rootfs"; mkdir -p "$root"/{opt,etc,tmp,deployments}
# what Quarkus, Kafka, Vert.x, Netty and the Elasticsearch client use; jdk.unsupported for Netty/zstd, jdk.crypto.ec for TLS
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
"$jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/java"
# Debian's JDK links its security files to /etc: copy the real files
for f in cacerts blocked.certs default.policy public_suffix_list.dat; do
  [ -L "$root/opt/java/lib/security/$f" ] && cp --remove-destination "$(readlink -f "$java_home/lib/security/$f")" "$root/opt/java/lib/security/$f"
done
[ -d /etc/java-17-openjdk/security ] && [ ! -e "$root/opt/java/conf/security/java.security" ] && cp -r /etc/java-17-openjdk/security/. "$root/opt/java/conf/security/"
mkdir -p "$root/etc/ssl/certs"; [ -f /etc/ssl/certs/ca-certificates.crt ] && cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
# the shared libraries of the runtime and their dependencies, at the same paths
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 | xargs -0 ldd 2>/dev/null | grep -v ':$' \
  | grep -oE '(/[^ ]+\.so[^ ]*)' | sort -u | while read -r lib; do
    mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"
  done
for lib in /lib64/ld-linux-x86-64.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libresolv.so.2; do
  [ -e "$lib" ] && { mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"; }
done
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
mkdir -p "$root/home/nonroot"; chmod 1777 "$root/tmp"

layer="$work/layer.tar"
tar --sort=name --mtime='2000-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner -C "$root" -cf "$layer" .
diff_id="$(sha256sum "$layer" | cut -d' ' -f1)"
mkdir -p "$work/image"; mv "$layer" "$work/image/$diff_id.tar"
cat > "$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"2000-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LD_LIBRARY_PATH=/opt/java/lib:/opt/java/lib/server","LANG=C.UTF-8"],"User":"65532:65532","WorkingDir":"/deployments"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"2000-01-01T00:00:00Z","created_by":"deploy/k8s/images/build-base-image.sh (jlink $modules)"}]}
JSON
config_id="$(sha256sum "$work/image/config.json" | cut -d' ' -f1)"
mv "$work/image/config.json" "$work/image/$config_id.json"
printf '[{"Config":"%s.json","RepoTags":["newsflow/jre17-base:local"],"Layers":["%s.tar"]}]\n' "$config_id" "$diff_id" > "$work/image/manifest.json"
mkdir -p "$(dirname "$out")"
(cd "$work/image" && tar -cf "$out.tmp" manifest.json "$config_id.json" "$diff_id.tar") && mv "$out.tmp" "$out"
echo "base image: $out ($(du -h "$out" | cut -f1)), layer sha256:$diff_id"
