# Shared by scripts/test and scripts/bench (sourced, not run): finding Swift and installing the
# Debian packages a script needs when they are missing.

# Installs, with apt-get, those of the given Debian packages that `dpkg -s` does not find
# installed; does nothing when all are there, or on a system without dpkg.
install_missing_packages() {
    command -v dpkg >/dev/null 2>&1 || return 0 # not Debian: the packages are the developer's business
    local missing=() package
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    echo "installing missing system packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || {
            echo "error: missing packages ${missing[*]}; run as root or install them with apt-get" >&2
            exit 1
        }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
}

# Puts Swift on PATH: as found there, or from /opt/swift; fails with a message otherwise.
find_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        if [ -x /opt/swift/usr/bin/swift ]; then
            export PATH="/opt/swift/usr/bin:$PATH"
        else
            echo "error: swift not found on PATH nor in /opt/swift/usr/bin; install Swift 6.1 or later" >&2
            exit 1
        fi
    fi
}
