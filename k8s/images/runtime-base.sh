#!/usr/bin/env bash
# Assembles the root filesystem every Annals image starts from, without pulling a base image: a Java
# runtime linked (jlink) from the JDK that runs the build, the C libraries it needs copied from this
# machine, and an unprivileged user 185. Jib lays it under each service as its lower layers.
#
#   runtime-base.sh JAVA_HOME OUTPUT_DIR
#
# Linux x86-64 only (the libraries are this machine's). Does nothing when OUTPUT_DIR was assembled
# by the same JDK and the same version of this script.
set -euo pipefail

JDK="${1:?usage: runtime-base.sh JAVA_HOME OUTPUT_DIR}"
OUT="${2:?usage: runtime-base.sh JAVA_HOME OUTPUT_DIR}"

# The JDK modules the services load classes from while starting and serving requests (measured
# with -Xlog:class+load on each service), plus the extra charsets that declared page encodings may
# need and java.instrument for monitoring agents. jlink adds what these require.
MODULES=java.base,java.desktop,java.instrument,java.logging,java.management,java.naming,java.rmi,\
java.security.jgss,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.cryptoki,jdk.crypto.ec,\
jdk.localedata,jdk.management,jdk.management.jfr,jdk.net,jdk.security.jgss,jdk.unsupported,jdk.zipfs

die() { echo "runtime-base: $*" >&2; exit 1; }

[[ "$(uname -s)-$(uname -m)" == "Linux-x86_64" ]] || die "images are built on Linux x86-64 only (found $(uname -s)-$(uname -m))."
[[ -x "$JDK/bin/jlink" ]] || die "no jlink in $JDK: build the images with a full JDK (17 or newer), not a JRE."
command -v ldd >/dev/null || die "ldd is needed to find the C libraries of the Java runtime."

# Several modules may build their image at once (mvn -T): one assembles, the others wait for it.
mkdir -p "$(dirname "$OUT")"
exec 9>"$OUT.lock"
flock 9

stamp="$("$JDK/bin/java" -version 2>&1 | tr '\n' ' ')$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-16)"
if [[ -d "$OUT" && -f "$OUT.stamp" && "$(cat "$OUT.stamp")" == "$stamp" ]]; then
  exit 0
fi

rm -rf "$OUT" "$OUT.stamp"
mkdir -p "$OUT/opt" "$OUT/etc" "$OUT/tmp"
"$JDK/bin/jlink" --add-modules "$MODULES" --output "$OUT/opt/java" \
  --strip-debug --no-man-pages --no-header-files --compress=2 2>&1 | grep -v -i "deprecated" || true
[[ -x "$OUT/opt/java/bin/java" ]] || die "jlink did not produce $OUT/opt/java/bin/java."

# A server renders nothing: the native parts of the desktop module that need X11, sound or fonts go
# (java.beans and the headless AWT classes that libraries use stay).
for gui in libawt_xawt libsplashscreen libjsound libfontmanager liblcms libjavajpeg; do
  rm -f "$OUT/opt/java/lib/$gui.so"
done

# Distribution JDKs link their trust store and security files to /etc: the image needs real files.
for link in $(find "$OUT/opt/java" -type l); do
  target="$(readlink -f "$link" || true)"
  rm -f "$link"
  relative="${link#"$OUT/opt/java/"}"
  if [[ -n "$target" && -f "$target" ]]; then
    cp "$target" "$link"
  elif [[ -f "$JDK/$relative" ]]; then
    cp -L "$JDK/$relative" "$link"
  fi
done
[[ -s "$OUT/opt/java/lib/security/cacerts" ]] || die "the JDK has no usable lib/security/cacerts to copy."

# Every shared library the runtime's programs and libraries load, at the path the loader looks for.
libraries=$(find "$OUT/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
  | xargs -0 ldd 2>/dev/null \
  | awk '/=> \// { print $3 } /^\t\/[^ ]+ \(/ { print $1 }' \
  | grep -v "^$OUT" | sort -u)
[[ -n "$libraries" ]] || die "ldd found no C library for the Java runtime."
for library in $libraries; do
  mkdir -p "$OUT$(dirname "$library")"
  cp -L "$library" "$OUT$library"
done
# Programs name the loader by its canonical path, which on merged-/usr systems is a link.
if [[ ! -e "$OUT/lib64/ld-linux-x86-64.so.2" ]]; then
  mkdir -p "$OUT/lib64"
  cp -L /lib64/ld-linux-x86-64.so.2 "$OUT/lib64/ld-linux-x86-64.so.2"
fi

cat > "$OUT/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
annals:x:185:185:Annals:/tmp:/sbin/nologin
EOF
cat > "$OUT/etc/group" <<'EOF'
root:x:0:
annals:x:185:
EOF
cat > "$OUT/etc/nsswitch.conf" <<'EOF'
hosts: files dns
EOF

echo "$stamp" > "$OUT.stamp"
echo "runtime-base: $(du -sh "$OUT" | cut -f1) in $OUT"
