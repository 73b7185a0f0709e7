# SPDX-License-Identifier: GPL-2.0
# Shared settings for the workspace scripts. Sourced, never executed.
#
# Everything that is expensive to make and independent of the checkout lives
# in $CACHE (outside the repository): the downloaded base package, the
# unpacked base source, ccache, sparse.  Everything derived from this checkout
# lives in $TOP/build (git-ignored).

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${AMDGPU_CRIU_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/amdgpu-criu}
BUILD=$TOP/build
RESULTS=$BUILD/results

# The base: Debian's linux-source-7.3 binary package.
BASE_PKG=linux-source-7.3
BASE_VERSION=7.3.4-1~bpo13+1
BASE_SUITE=trixie-backports
BASE_TARBALL=usr/src/linux-source-7.3.tar.xz
BASE_SHA256=76df1affb19f24926949369be1d74b60071c963c598ce8780bddd4bbf0fc3bc4
BASE_SRC=$CACHE/base/linux-source-7.3   # unpacked, read-only by convention

TREE=$BUILD/linux                       # generated git tree: base + queue
QUEUE=$TOP/patches/linux
KOBJ=$BUILD/kernel                      # test kernel (KUnit + VM), O= dir
JOBS=${JOBS:-$(nproc)}

export CCACHE_DIR=${CCACHE_DIR:-$CACHE/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$TOP}
export CCACHE_NOHASHDIR=1
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}
export CCACHE_SLOPPINESS=time_macros,include_file_mtime,include_file_ctime
# Reproducible kernel builds: no host name, user or date churn.
export KBUILD_BUILD_USER=amdgpu-criu KBUILD_BUILD_HOST=workspace
export KBUILD_BUILD_TIMESTAMP='Thu Jan  1 00:00:00 UTC 2026'

die() { printf '%s: error: %s\n' "${0##*/}" "$*" >&2; exit 1; }
note() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }

# kmake DIR-OF-SOURCE OBJDIR ARGS... : kernel make with ccache.
kmake() {
	local src=$1 obj=$2
	shift 2
	make -C "$src" O="$obj" -j"$JOBS" -s CC="ccache gcc" HOSTCC="ccache gcc" "$@"
}

# Hide /dev/kvm: nested KVM guests hang on these machines, QEMU must use TCG.
QEMU_ACCEL=(-accel tcg,thread=multi)

# What counts as a kernel splat in a guest's log (one pattern, scripts/splat.re).
SPLAT_RE=$(cat "$TOP/scripts/splat.re")
