#!/usr/bin/env bash
# One entry point for people and CI: installs what is missing, builds in
# Release mode, then runs the app, the test suite or the benchmark.
#
#   ./dev.sh run [candor options]   build and start Candor
#   ./dev.sh test                   build and run every test (ctest)
#   ./dev.sh bench                  build and print the benchmark table
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${CANDOR_BUILD_DIR:-$here/build}"

# What a fresh Debian 12 needs to build Candor and run its tests.
build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-translations-l10n libgl-dev
)
# What running it on a desktop additionally wants: fonts that cover the
# languages people type (emoji, CJK, right-to-left).
run_packages=(qt6-qpa-plugins fonts-dejavu-core fonts-noto-color-emoji)
# The summary tests read PDFs back (poppler-utils) and HTML (Python's HTML
# parser), and print Hebrew, Arabic (DejaVu), CJK (Droid Sans Fallback) and
# colour emoji.
test_packages=(fonts-dejavu-core fonts-droid-fallback fonts-noto-color-emoji poppler-utils python3
    # tests/install validates the menu entry and AppStream file, builds the .deb
    desktop-file-utils appstream shared-mime-info dpkg-dev file
    # tests/postgresql/testserver.sh runs a private PostgreSQL 15 on a Unix
    # socket (no TCP), reached through Qt's QPSQL driver. The package also
    # makes Debian's own cluster, on localhost:5432; the tests never use it.
    postgresql-15 libqt6sql6-psql)
# The startup rows are measured on a real (virtual) X server.
bench_packages=(xvfb xauth qt6-qpa-plugins fonts-dejavu-core)

missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            printf '%s\n' "$pkg"
        fi
    done
}

ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "dev.sh: this is not a Debian-based system; install Qt 6 (Core, Gui, Widgets, Sql with SQLite, PrintSupport, Test, LinguistTools), CMake and a C++17 compiler yourself." >&2
        return 0
    fi
    local missing
    mapfile -t missing < <(missing_packages "$@")
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "dev.sh: installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "dev.sh: these Debian packages are missing and installing them needs root:" >&2
            echo "    apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build_dir" --parallel "$(nproc)"
}

command="${1:-}"
shift || true
case "$command" in
run)
    ensure_packages "${build_packages[@]}" "${run_packages[@]}"
    build
    exec "$build_dir/app/candor" "$@"
    ;;
test)
    ensure_packages "${build_packages[@]}" "${test_packages[@]}"
    build
    cd "$build_dir"
    exec ctest --output-on-failure --timeout 600 "$@"
    ;;
bench)
    ensure_packages "${build_packages[@]}" "${bench_packages[@]}"
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        exec xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
            "$build_dir/tests/bench/candor-bench" "$@"
    fi
    exec "$build_dir/tests/bench/candor-bench" "$@"
    ;;
*)
    echo "usage: ./dev.sh run [candor options] | test [ctest options] | bench" >&2
    exit 2
    ;;
esac
