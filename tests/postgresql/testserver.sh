#!/usr/bin/env bash
# A private PostgreSQL 15 server for the tests, started and stopped by ctest
# (the postgresql fixture in tests/CMakeLists.txt):
#
#   testserver.sh start DIR   a fresh cluster in DIR/data, listening on a Unix
#                             socket in DIR only, ready when this returns
#   testserver.sh stop DIR    stops it and removes DIR; nothing there is fine
#   testserver.sh pause DIR   stops it and keeps its data, as a server that
#                             goes away mid-session (tst_postgresqlgone)
#   testserver.sh resume DIR  starts a paused one again on the same data
#
# No TCP port at all (listen_addresses=''): the server cannot clash with
# Debian's own cluster on 5432, or with another build's test server, and
# nothing outside this machine can reach it. The socket lives in DIR, so DIR
# must be short: a socket path has to fit in 107 bytes.
#
# Tests connect with host = DIR (libpq reads a host starting with "/" as a
# socket folder), port 5432 (only the socket's file name, .s.PGSQL.5432),
# user "postgres", database "postgres"; DIR/connection.env says the same for
# psql by hand: (set -a; . DIR/connection.env; psql).
set -euo pipefail

bindir="${CANDOR_POSTGRESQL_BINDIR:-/usr/lib/postgresql/15/bin}"
port=5432
# initdb -U names the superuser "postgres" whoever runs this, so tests and
# later code use one user name with no role to create, root or not.
superuser=postgres
# Written into DIR first: stop removes only a folder that has it, so a wrong
# DIR (a typo, a path someone else made) is never deleted.
marker=.candor-test-postgresql

usage() {
    echo "usage: $0 start|stop|pause|resume DIR" >&2
    exit 2
}

[ "$#" -eq 2 ] || usage
command="$1"
dir="$2"
[[ "$dir" = /* ]] || dir="$PWD/$dir"
dir="${dir%/}"
data="$dir/data"

# The path goes inside a quoted server option and a comma-separated list:
# keep it to characters that need no quoting there.
if ! [[ "$dir" =~ ^/[A-Za-z0-9._/+-]+$ ]]; then
    echo "testserver.sh: DIR must be an absolute path of letters, digits and ._/+- : $dir" >&2
    exit 2
fi
if [ "$(( ${#dir} + ${#port} + 10 ))" -gt 107 ]; then
    echo "testserver.sh: $dir is too long for a Unix socket path (107 bytes); choose a shorter DIR" >&2
    exit 2
fi

# initdb and postgres refuse to run as root. As root (CI, containers) the
# server runs as the postgres system user the Debian package creates, and
# owns DIR; otherwise it runs as the caller. Either way it sits under the
# same user for start and stop.
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "testserver.sh: running as root needs the postgres system user (apt-get install postgresql-15)" >&2
        exit 1
    fi
    as_server=(runuser -u postgres --)
fi
# The server user may not be allowed into the caller's working folder.
cd /

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Prints a log so the reason shows in ctest's output, then fails.
fail_with_log() {
    echo "testserver.sh: $1" >&2
    if [ -f "$2" ]; then
        tail -n 30 "$2" >&2
    fi
    exit 1
}

stop_server() {
    if [ ! -e "$dir" ]; then
        return 0
    fi
    if [ -L "$dir" ] || [ ! -d "$dir" ]; then
        echo "testserver.sh: $dir is not a folder; not touching it" >&2
        exit 1
    fi
    if [ ! -e "$dir/$marker" ] && [ -n "$(ls -A "$dir")" ]; then
        echo "testserver.sh: $dir was not made by testserver.sh; not removing it" >&2
        exit 1
    fi
    # pg_ctl status: 0 running, 3 not running (a stale postmaster.pid
    # included), 4 no data folder (start failed before initdb finished).
    local status=0
    if [ -d "$data" ]; then
        "${as_server[@]}" "$bindir/pg_ctl" status -D "$data" >/dev/null 2>&1 || status=$?
    else
        status=4
    fi
    if [ "$status" -eq 0 ]; then
        # fast: roll back open transactions and disconnect clients; tests
        # that crashed may have left connections behind.
        if ! "${as_server[@]}" "$bindir/pg_ctl" stop -D "$data" -m fast -w -t 60 >/dev/null; then
            # Never delete the data folder under a server that is still running.
            fail_with_log "the server in $data did not stop" "$dir/server.log"
        fi
    fi
    rm -rf -- "$dir"
}

start_server() {
    # A server left behind by a run that was killed before its cleanup
    # (the folder name is fixed per build) is stopped and replaced.
    stop_server
    mkdir -m 0700 -- "$dir"
    : >"$dir/$marker"
    if [ "${#as_server[@]}" -gt 0 ]; then
        chown -R postgres:postgres -- "$dir"
    fi

    # trust: only the local socket exists, in a folder only the server user
    # (and root) can enter. --no-sync: a test cluster need not survive a
    # power cut while it is being made; the server itself runs with fsync on,
    # as a real one would.
    if ! "${as_server[@]}" "$bindir/initdb" -D "$data" -U "$superuser" --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync --no-instructions >"$dir/initdb.log" 2>&1; then
        fail_with_log "initdb failed in $data" "$dir/initdb.log"
    fi

    # Members of candor_password_needed log in with a password even here,
    # so that the window's password prompt meets a server that asks for one
    # (tst_serverlogin); everyone else is trusted, as above.
    local hba="$data/pg_hba.conf"
    if ! "${as_server[@]}" sh -c 'printf "%s\n" "local all +candor_password_needed scram-sha-256" | cat - "$1" >"$1.new" && mv -- "$1.new" "$1"' sh "$hba"; then
        fail_with_log "pg_hba.conf in $data could not be written" "$dir/initdb.log"
    fi

    # port is given, not left to the environment's PGPORT: it names the
    # socket file tests look for.
    if ! "${as_server[@]}" "$bindir/pg_ctl" start -D "$data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c port=$port -c fsync=on" \
        >/dev/null; then
        fail_with_log "the server in $data did not start" "$dir/server.log"
    fi

    # pg_ctl -w trusts postmaster.pid; this asks over the very socket the
    # tests will use.
    local tries=0
    until "$bindir/pg_isready" -q -h "$dir" -p "$port" -U "$superuser" -d postgres; do
        tries=$((tries + 1))
        if [ "$tries" -ge 300 ]; then
            fail_with_log "the server in $data does not accept connections on $dir" "$dir/server.log"
        fi
        sleep 0.1
    done

    printf '%s\n' "# How to reach the test server (Unix socket only): (set -a; . $dir/connection.env; psql)" \
        "PGHOST=$dir" "PGPORT=$port" "PGUSER=$superuser" "PGDATABASE=postgres" >"$dir/connection.env"
}

started=$(now_ms)
run_server() {
    if ! "${as_server[@]}" "$bindir/pg_ctl" start -D "$data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c port=$port -c fsync=on" \
        >/dev/null; then
        fail_with_log "the server in $data did not start" "$dir/server.log"
    fi
}

case "$command" in
pause)
    [ -e "$dir/$marker" ] || fail_with_log "no test server of ours in $dir" /dev/null
    "${as_server[@]}" "$bindir/pg_ctl" stop -D "$data" -m fast -w -t 60 >/dev/null
    echo "PostgreSQL test server on $dir stopped; its data kept"
    ;;
resume)
    [ -e "$dir/$marker" ] || fail_with_log "no test server of ours in $dir" /dev/null
    run_server
    echo "PostgreSQL test server on $dir running again"
    ;;
start)
    start_server
    echo "PostgreSQL test server ready on $dir/.s.PGSQL.$port in $(( $(now_ms) - started )) ms"
    ;;
stop)
    if [ -e "$dir" ]; then
        stop_server
        echo "PostgreSQL test server on $dir stopped and removed in $(( $(now_ms) - started )) ms"
    else
        echo "No PostgreSQL test server at $dir"
    fi
    ;;
*)
    usage
    ;;
esac
